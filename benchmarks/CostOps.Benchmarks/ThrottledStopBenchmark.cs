using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Core.Scheduler;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// A stop of every service through the real adapters with ECS's token buckets on and a seeded share of all calls
/// answered with a throttling error on top: the transport's retries and client-side limits wait on the simulated
/// clock, so the pass reports how many calls and how much simulated time it took, and whether any error got through.
/// </summary>
internal static class ThrottledStopBenchmark
{
    public sealed record Result(int Services, double ThrottleFraction, int Stopped, int Failed, long Calls, int Throttled, TimeSpan SimulatedTime);

    public static async Task<Result> RunAsync(int services, int clusters, double throttleFraction)
    {
        var world = BenchFleet.Create(services, clusters, 10, FleetSchedules.TagFor, ecsThrottling: true);
        var handler = new SimulatorHandler(world) { ThrottleFraction = throttleFraction };
        var statistics = new AwsCallStatistics();
        var transport = SimulatedAws.Transport(handler, new VirtualDelay(world.Clock, new Lock()), new Random(1).NextDouble, null, statistics);
        var quiet = new QuietObservability();
        var store = new CountingStateStore();
        var ecs = new EcsClient(transport);
        var inventory = new EcsServiceInventory(ecs, new EcsInventoryOptions { ClusterTagKey = BenchFleet.ClusterTagKey }, quiet);
        var free = new FreePorts(world, []);
        var ports = new SchedulerPorts(inventory, new EcsServiceCapacity(ecs), new AutoScalingServiceScaling(new ApplicationAutoScalingClient(transport)),
            new EcsServiceTagger(ecs), free, store, store);
        var options = new SchedulerOptions { Region = BenchFleet.Region };
        var reconciler = new SchedulerReconciler(FleetSchedules.NewDecider(), ports, options, quiet, quiet, new SettableClock(FleetSchedules.Off));
        var started = world.Clock.GetUtcNow();
        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
        var calls = statistics.Snapshot().Sum(c => c.Calls);
        return new Result(services, throttleFraction, summary.Stopped, summary.Failed, calls, handler.Throttled, world.Clock.GetUtcNow() - started);
    }

    public static string Markdown(Result r) =>
        "\n## Stop-all under injected throttling\n\nReal adapters over the simulator with ECS's token buckets on and "
        + FormattableString.Invariant($"{r.ThrottleFraction * 100:0} % of all AWS calls answered with a throttling error on top (seeded); ")
        + "retries and client-side limits wait on the simulated clock; state in memory.\n\n"
        + "| services | stopped | failed | AWS calls (transport count) | throttled answers | simulated s |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n"
        + FormattableString.Invariant($"| {r.Services:N0} | {r.Stopped:N0} | {r.Failed:N0} | {r.Calls:N0} | {r.Throttled:N0} | {r.SimulatedTime.TotalSeconds:0.0} |\n");
}
