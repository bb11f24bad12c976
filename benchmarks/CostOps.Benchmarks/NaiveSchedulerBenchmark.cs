using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// The common open-source scheduler pattern on the simulator: one service at a time, no reads, UpdateService to 0
/// to stop and to 1 to start, no Auto Scaling handling, no state. Sent through our transport (its retries and
/// client-side limits, which is kinder to the pattern than no retries), with ECS's token buckets on.
/// </summary>
internal static class NaiveSchedulerBenchmark
{
    public sealed record Result(int Services, long Calls, int Throttled, int Failed, TimeSpan SimulatedTime, int NotRestored);

    public static async Task<Result> RunAsync(int services, int clusters)
    {
        var world = BenchFleet.Create(services, clusters, 10, FleetSchedules.TagFor, ecsThrottling: true);
        var listing = FreePorts.ListingOf(world);
        var handler = new SimulatorHandler(world);
        var statistics = new AwsCallStatistics();
        var ecs = new EcsClient(SimulatedAws.Transport(handler, new VirtualDelay(world.Clock, new Lock()), new Random(1).NextDouble, null, statistics));
        var started = world.Clock.GetUtcNow();
        var failed = 0;
        foreach (var desired in new[] { 0, 1 })
        {
            foreach (var service in listing)
            {
                try
                {
                    await ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = service.Ref.ClusterName, Service = service.Ref.ServiceName, DesiredCount = desired }, CancellationToken.None);
                }
                catch (Exception)
                {
                    failed++;
                }
            }
        }

        var after = FreePorts.ListingOf(world).ToDictionary(s => s.Ref.ServiceArn, s => s.DesiredCount, StringComparer.Ordinal);
        var notRestored = listing.Count(s => after.GetValueOrDefault(s.Ref.ServiceArn) != s.DesiredCount);
        return new Result(services, statistics.Snapshot().Sum(c => c.Calls), handler.Throttled, failed, world.Clock.GetUtcNow() - started, notRestored);
    }

    public static string Markdown(Result r) =>
        "\n## The open-source scheduler pattern on the simulator (stop then start)\n\n"
        + "| services | AWS calls | throttled answers | calls failed | simulated s | services not back at their real count |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n"
        + FormattableString.Invariant($"| {r.Services:N0} | {r.Calls:N0} | {r.Throttled:N0} | {r.Failed:N0} | {r.SimulatedTime.TotalSeconds:0.0} | {r.NotRestored:N0} |\n");
}
