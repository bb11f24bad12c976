using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Every instant at which a schedule's decision can change: each mapping of each period's start and end
/// wall-clock time (the gap end for a skipped time, both occurrences for a repeated one), each start
/// instant minus the lead, and each zone offset change. Between two of these the decision is constant.
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
        for (var date = firstDate; date <= lastDate; date = date.PlusDays(1))
        {
            foreach (var period in schedule.Periods)
            {
                if (!period.Days.Contains(date.DayOfWeek))
                {
                    continue;
                }

                var start = period.StartOn(date);
                AddMappings(candidates, zone, start);
                AddMappings(candidates, zone, period.EndFor(date));
                candidates.Add(ScheduleEvaluator.StartInstant(zone, start) - lead);
            }
        }

        foreach (var interval in zone.GetZoneIntervals(after, until + Duration.Epsilon))
        {
            if (interval.HasStart)
            {
                candidates.Add(interval.Start);
            }
        }

        return candidates.GetViewBetween(after, until).Where(c => c > after);
    }

    private static void AddMappings(SortedSet<Instant> candidates, DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            candidates.Add(mapping.LateInterval.Start);
            return;
        }

        candidates.Add(mapping.First().ToInstant());
        candidates.Add(mapping.Last().ToInstant());
    }
}
