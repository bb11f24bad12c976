using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// One period on one start date as a single continuous interval of instants [<see cref="Start"/>,
/// <see cref="End"/>), so a period touching an autumn repeat never stops and starts again inside it.
/// The start maps a skipped wall-clock time to the end of the gap and a repeated one to its earlier
/// occurrence; the end maps a skipped time to the end of the gap and a repeated one to its later
/// occurrence (at most one extra hour running a year, never a flap). A period lying entirely inside a
/// spring-forward gap is empty that day (<see cref="IsEmpty"/>) and has no lead time either.
/// </summary>
internal readonly record struct PeriodOccurrence(RunningPeriod Period, LocalDate StartDate, Instant Start, Instant End)
{
    /// <summary>Start dates to consider around a local date: overnight periods (up to 24 h) plus lead (up to 12 h) reach at most two days back and one day ahead.</summary>
    private const int DaysBack = 2;
    private const int DaysAhead = 1;

    public bool IsEmpty => End <= Start;

    /// <summary>Every occurrence whose start date lies within the given local dates, in date then period order.</summary>
    public static IEnumerable<PeriodOccurrence> StartingBetween(Schedule schedule, LocalDate first, LocalDate last)
    {
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var period in schedule.Periods)
            {
                if (period.Days.Contains(date.DayOfWeek))
                {
                    yield return new PeriodOccurrence(
                        period,
                        date,
                        StartInstant(schedule.Zone, period.StartOn(date)),
                        EndInstant(schedule.Zone, period.EndFor(date)));
                }
            }
        }
    }

    /// <summary>Every occurrence that can contain <paramref name="instant"/> or be in its lead time.</summary>
    public static IEnumerable<PeriodOccurrence> Around(Schedule schedule, Instant instant)
    {
        var date = instant.InZone(schedule.Zone).Date;
        return StartingBetween(schedule, date.PlusDays(-DaysBack), date.PlusDays(DaysAhead));
    }

    /// <summary>When wall-clock time first reaches <paramref name="local"/>: the end of a gap it falls in, or its earlier occurrence in a repeat.</summary>
    public static Instant StartInstant(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();
    }

    /// <summary>When wall-clock time has reached <paramref name="local"/> for good: the end of a gap it falls in, or its later occurrence in a repeat.</summary>
    public static Instant EndInstant(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.Last().ToInstant();
    }
}
