using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Every instant at which a schedule's decision can change: each occurrence's start, end and start minus
/// the lead (<see cref="PeriodOccurrence"/>). Between two of these the decision is constant.
/// </summary>
internal static class ChangeCandidates
{
    public static IEnumerable<Instant> Between(Schedule schedule, Instant after, Instant until)
    {
        var zone = schedule.Zone;
        var candidates = new SortedSet<Instant>();
        var lead = Duration.FromMinutes(schedule.LeadMinutes);
        var firstDate = after.InZone(zone).Date.PlusDays(-2);
        var lastDate = until.InZone(zone).Date.PlusDays(1);
        foreach (var occurrence in PeriodOccurrence.StartingBetween(schedule, firstDate, lastDate))
        {
            if (!occurrence.IsEmpty)
            {
                candidates.Add(occurrence.Start - lead);
                candidates.Add(occurrence.Start);
                candidates.Add(occurrence.End);
            }
        }

        return candidates.GetViewBetween(after, until).Where(c => c > after);
    }
}
