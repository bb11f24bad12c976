using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Evaluates a schedule by local wall-clock time in its zone. An instant runs when its local time lies in
/// a period of its local date, or in the overnight tail of a period of the day before, and that period's
/// start date is not a skip date. So in a spring-forward gap a period starting inside the gap starts at the
/// first instant after it, and in an autumn repeat each occurrence of a wall-clock time belongs to the
/// period that contains it. Lead time adds [start instant - lead, start instant) for every period.
/// </summary>
internal static class ScheduleEvaluator
{
    public static readonly Duration SearchWindow = Duration.FromDays(8);

    public static ScheduleEvaluation Evaluate(Schedule schedule, Instant now)
    {
        var match = Match(schedule, now);
        var reason = match.Kind switch
        {
            MatchKind.Inside => $"inside {match.Period!.Text} {schedule.Zone.Id}",
            MatchKind.Lead => $"starting {schedule.LeadMinutes} min early for {RunningPeriod.FormatMinute(match.Period!.StartMinute)}",
            MatchKind.Skipped => $"skip date {match.SkipDate:uuuu'-'MM'-'dd}",
            _ => $"outside {schedule.Description}",
        };
        return new ScheduleEvaluation(match.Running, reason, NextChange(schedule, now, match.Running));
    }

    public static bool IsRunning(Schedule schedule, Instant instant) => Match(schedule, instant).Running;

    /// <summary>The first instant in (now, now + 8 days] where <see cref="IsRunning"/> differs from <paramref name="runningNow"/>.</summary>
    private static Instant? NextChange(Schedule schedule, Instant now, bool runningNow)
    {
        foreach (var candidate in ChangeCandidates.Between(schedule, now, now + SearchWindow))
        {
            if (IsRunning(schedule, candidate) != runningNow)
            {
                return candidate;
            }
        }

        return null;
    }

    private static PeriodMatch Match(Schedule schedule, Instant instant)
    {
        var local = instant.InZone(schedule.Zone).LocalDateTime;
        var date = local.Date;
        var previous = date.PlusDays(-1);
        var minute = (local.Hour * 60) + local.Minute;
        LocalDate? skipped = null;
        foreach (var period in schedule.Periods)
        {
            var today = period.Days.Contains(date.DayOfWeek)
                && minute >= period.StartMinute && (period.IsOvernight || minute < period.EndMinute);
            var tail = period.IsOvernight && period.Days.Contains(previous.DayOfWeek) && minute < period.EndMinute;
            var startDate = today ? date : previous;
            if (today || tail)
            {
                if (!schedule.SkipDates.Contains(startDate))
                {
                    return new PeriodMatch(MatchKind.Inside, period, null);
                }

                skipped = startDate;
            }
        }

        if (LeadFor(schedule, instant, date) is { } leading)
        {
            return new PeriodMatch(MatchKind.Lead, leading, null);
        }

        return skipped is { } skipDate
            ? new PeriodMatch(MatchKind.Skipped, null, skipDate)
            : new PeriodMatch(MatchKind.Outside, null, null);
    }

    /// <summary>A period whose start instant is within the lead time after <paramref name="instant"/>. Lead is at most 12 h, so starts lie on the local date or the next.</summary>
    private static RunningPeriod? LeadFor(Schedule schedule, Instant instant, LocalDate date)
    {
        if (schedule.LeadMinutes == 0)
        {
            return null;
        }

        var lead = Duration.FromMinutes(schedule.LeadMinutes);
        foreach (var startDate in new[] { date, date.PlusDays(1) })
        {
            if (schedule.SkipDates.Contains(startDate))
            {
                continue;
            }

            foreach (var period in schedule.Periods)
            {
                if (period.Days.Contains(startDate.DayOfWeek)
                    && StartInstant(schedule.Zone, period.StartOn(startDate)) is var start
                    && instant >= start - lead && instant < start)
                {
                    return period;
                }
            }
        }

        return null;
    }

    /// <summary>When wall-clock time first reaches <paramref name="local"/>: the end of a gap it falls in, or its earlier occurrence in a repeat.</summary>
    public static Instant StartInstant(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();
    }

    private enum MatchKind
    {
        Outside,
        Inside,
        Lead,
        Skipped,
    }

    private readonly record struct PeriodMatch(MatchKind Kind, RunningPeriod? Period, LocalDate? SkipDate)
    {
        public bool Running => Kind is MatchKind.Inside or MatchKind.Lead;
    }
}
