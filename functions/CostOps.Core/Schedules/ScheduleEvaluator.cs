using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Evaluates a schedule in its zone. Each period on each local start date is one continuous interval of
/// instants (<see cref="PeriodOccurrence"/>); an instant runs when it lies in one whose start date is not
/// a skip date, or in the lead time [start - lead, start) before one. Because an occurrence is a single
/// interval, the decision never flaps inside an autumn repeat.
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
        return new ScheduleEvaluation(match.Running, reason);
    }

    public static bool IsRunning(Schedule schedule, Instant instant) => Match(schedule, instant).Running;

    /// <summary>
    /// The first instant in (now, now + 8 days] where <see cref="IsRunning"/> differs from its value at
    /// <paramref name="now"/>; null when none. Costs far more than a decision: compute it once per schedule.
    /// </summary>
    public static Instant? NextChange(Schedule schedule, Instant now)
    {
        var runningNow = IsRunning(schedule, now);
        foreach (var candidate in ChangeCandidates.Between(schedule, now, now + SearchWindow))
        {
            if (IsRunning(schedule, candidate) != runningNow)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Inside a running occurrence wins over lead time, which wins over a skipped occurrence.</summary>
    private static PeriodMatch Match(Schedule schedule, Instant instant)
    {
        var lead = Duration.FromMinutes(schedule.LeadMinutes);
        PeriodMatch? leading = null;
        PeriodMatch? skipped = null;
        foreach (var occurrence in PeriodOccurrence.Around(schedule, instant))
        {
            if (occurrence.IsEmpty)
            {
                continue;
            }

            var isSkipped = schedule.SkipDates.Contains(occurrence.StartDate);
            if (instant >= occurrence.Start && instant < occurrence.End)
            {
                if (!isSkipped)
                {
                    return new PeriodMatch(MatchKind.Inside, occurrence.Period, null);
                }

                skipped ??= new PeriodMatch(MatchKind.Skipped, null, occurrence.StartDate);
            }
            else if (!isSkipped && instant >= occurrence.Start - lead && instant < occurrence.Start)
            {
                leading ??= new PeriodMatch(MatchKind.Lead, occurrence.Period, null);
            }
        }

        return leading ?? skipped ?? new PeriodMatch(MatchKind.Outside, null, null);
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
