using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler;
using CostOps.Aws.Http;
using CostOps.Core.Schedules;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// A whole <see cref="SchedulerReconciler"/> pass over a simulated fleet, either with ports that cost nothing
/// (CostOps' own CPU) or with the real ECS and Auto Scaling adapters, clients and transport (SigV4, JSON)
/// over the simulated account's in-process HTTP handler, with the client-side rate limits lifted.
/// Every run's outcome is checked, so a broken setup fails instead of producing a fast number.
/// </summary>
internal static class PassBenchmark
{
    private const int TaskDefinitions = 50;

    public static async Task<PassResult> RunAsync(PassCase passCase, int services, int clusters, bool realAdapters, int warmup, int repetitions)
    {
        var decider = FleetSchedules.NewDecider();
        PassRun? last = null;
        var measurement = await Harness.RunAsync(
            $"{passCase} n={services} {(realAdapters ? "adapters" : "free ports")}",
            warmup,
            repetitions,
            () => PrepareAsync(passCase, services, clusters, realAdapters, decider),
            async run =>
            {
                run.Summary = await run.Reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
                Check(passCase, services, run);
                last = run;
            });

        var calls = new Dictionary<string, int>(last!.Calls(), StringComparer.Ordinal);
        foreach (var (name, count) in last.Store.Calls)
        {
            calls[name] = count;
        }

        return new PassResult(passCase, services, clusters, realAdapters, measurement, calls, last.Log.Lines);
    }

    internal static async Task<PassRun> PrepareAsync(PassCase passCase, int services, int clusters, bool realAdapters, ScheduleDecider decider)
    {
        var world = BenchFleet.Create(services, clusters, TaskDefinitions, FleetSchedules.TagFor);
        var store = new CountingStateStore();
        var clock = new SettableClock(FleetSchedules.Off);
        if (passCase != PassCase.StopAll)
        {
            var stop = Compose(world, store, clock, decider, realAdapters: false);
            var stopped = await stop.Reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
            if (stopped.Stopped != services)
            {
                throw new InvalidOperationException($"preparing {passCase}: expected {services} stops, got {stopped.Stopped}");
            }

            clock.Now = passCase == PassCase.Steady ? FleetSchedules.Off.AddMinutes(15) : FleetSchedules.On;
            store.ResetCounts();
        }

        return Compose(world, store, clock, decider, realAdapters);
    }

    private static PassRun Compose(SimulatedAccount world, CountingStateStore store, SettableClock clock, ScheduleDecider decider, bool realAdapters)
    {
        var quiet = new QuietObservability();
        var options = new SchedulerOptions { Region = BenchFleet.Region };
        if (realAdapters)
        {
            var statistics = new AwsCallStatistics();
            var transport = SimulatedAws.Transport(new SimulatorHandler(world), new VirtualDelay(world.Clock, new Lock()), new Random(1).NextDouble, Unlimited, statistics);
            var ecs = new EcsClient(transport);
            var inventory = new EcsServiceInventory(ecs, new EcsInventoryOptions { ClusterTagKey = BenchFleet.ClusterTagKey }, quiet);
            var free = new FreePorts(world, []);
            var ports = new SchedulerPorts(inventory, new EcsServiceCapacity(ecs), new AutoScalingServiceScaling(new ApplicationAutoScalingClient(transport)),
                new EcsServiceTagger(ecs), free, store, store);
            return new PassRun(new SchedulerReconciler(decider, ports, options, quiet, quiet, clock), store, quiet,
                () => Merge(statistics.Snapshot().ToDictionary(c => $"{c.ServiceId} {c.Operation}", c => (int)c.Calls, StringComparer.Ordinal), free.Calls));
        }
        else
        {
            var free = new FreePorts(world, FreePorts.ListingOf(world));
            var ports = new SchedulerPorts(free, free, free, free, free, store, store);
            return new PassRun(new SchedulerReconciler(decider, ports, options, quiet, quiet, clock), store, quiet, () => free.Calls);
        }
    }

    /// <summary>No client-side waiting: the rate floor the limits impose is computed from the call counts in the report.</summary>
    internal static readonly AwsTransportOptions Unlimited = new()
    {
        EcsRateLimits = new EcsRateLimits
        {
            ServiceModify = new(10_000, 10_000),
            ServiceRead = new(10_000, 10_000),
            ClusterRead = new(10_000, 10_000),
            TagModify = new(10_000, 10_000),
            ClusterModify = new(10_000, 10_000),
            OtherRead = new(10_000, 10_000),
            OtherModify = new(10_000, 10_000),
        },
    };

    private static Dictionary<string, int> Merge(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Concat(b).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static void Check(PassCase passCase, int services, PassRun run)
    {
        var s = run.Summary!;
        var (expected, actual) = passCase switch
        {
            PassCase.StopAll => (services, s.Stopped),
            PassCase.Steady => (services, s.Unchanged),
            _ => (services, s.Started),
        };
        if (actual != expected || !s.Succeeded || s.ContinuationToken is not null)
        {
            throw new InvalidOperationException($"{passCase}: expected {expected} services handled, got {actual} (failed {s.Failed}, skipped {s.Skipped}, token {s.ContinuationToken})");
        }
    }
}
