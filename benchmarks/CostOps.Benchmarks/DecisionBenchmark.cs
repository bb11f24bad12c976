using CostOps.Core.Schedules;

namespace CostOps.Benchmarks;

/// <summary>
/// <see cref="ScheduleDecider.Decide"/> for every service of a 10,000-service fleet (20 inline tags and the
/// named default), with the decider an instance keeps between invocations, and with a new one (cold cache);
/// then the next-change scan a run adds when the boundary wake-up is on.
/// </summary>
internal static class DecisionBenchmark
{
    public const int Services = 10_000;

    public static async Task<IReadOnlyList<Measurement>> RunAsync(int warmup, int repetitions)
    {
        var account = BenchFleet.Create(Services, 20, 50, FleetSchedules.TagFor);
        var tags = account.Services.Select(s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(s.Tags, StringComparer.Ordinal)).ToArray();
        var warm = FleetSchedules.NewDecider();
        var results = new List<Measurement>();
        foreach (var (label, at, expected) in new[] { ("on-hours", FleetSchedules.On, DesiredRunState.Running), ("off-hours", FleetSchedules.Off, DesiredRunState.Stopped) })
        {
            results.Add(await Harness.RunAsync($"Decide x{Services} {label}, warm decider", warmup, repetitions,
                () => Task.FromResult(warm), decider => DecideAll(decider, tags, at, expected)));
        }

        results.Add(await Harness.RunAsync($"Decide x{Services} on-hours, new decider each run", warmup, repetitions,
            () => Task.FromResult(FleetSchedules.NewDecider()), decider => DecideAll(decider, tags, FleetSchedules.On, DesiredRunState.Running)));
        results.Add(await Harness.RunAsync($"Next-change scan x{Services} (boundary wake-up), warm decider", warmup, repetitions,
            () => Task.FromResult(warm), decider => ScanAll(decider, tags, FleetSchedules.On)));
        return results;
    }

    /// <summary>What a run with the boundary wake-up on adds: one scan over the fleet, each distinct schedule's next change once.</summary>
    private static Task ScanAll(ScheduleDecider decider, IReadOnlyDictionary<string, string>[] tags, DateTimeOffset at)
    {
        var scan = decider.StartNextChangeScan(at);
        foreach (var t in tags)
        {
            scan.Add(t);
        }

        return scan.Earliest > at
            ? Task.CompletedTask
            : throw new InvalidOperationException($"the benchmark fleet has no next change after {at:O}: its schedules are wrong");
    }

    private static Task DecideAll(ScheduleDecider decider, IReadOnlyDictionary<string, string>[] tags, DateTimeOffset at, DesiredRunState expected)
    {
        var wrong = 0;
        foreach (var t in tags)
        {
            if (decider.Decide(t, at).Desired != expected)
            {
                wrong++;
            }
        }

        return wrong == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException($"{wrong} of {tags.Length} decisions were not {expected}: the benchmark fleet's schedules are wrong");
    }
}
