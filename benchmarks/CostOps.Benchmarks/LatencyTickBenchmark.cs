using System.Text;
using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Core.Scheduler;
using CostOps.Simulator;
using static CostOps.Benchmarks.ApiModel;

namespace CostOps.Benchmarks;

/// <summary>
/// A steady tick (everything already stopped, nothing to change) through the real adapters, client and transport
/// with ECS' real client-side rate limits on the real clock, and every AWS call held for a real round trip:
/// 50 ms per ECS or Auto Scaling call (HTTP), 8 ms per DynamoDB call (state store). Measures wall time, not a model.
/// </summary>
internal static class LatencyTickBenchmark
{
    public static readonly TimeSpan AwsLatency = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan DynamoLatency = TimeSpan.FromMilliseconds(8);

    public static async Task<Measurement> RunAsync(int services, int clusters, int repetitions, TimeProvider realClock)
    {
        var decider = FleetSchedules.NewDecider();
        return await Harness.RunAsync($"steady tick n={services} with latencies", 1, repetitions, () => PrepareAsync(services, clusters, decider, realClock), async run =>
        {
            var summary = await run.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
            if (summary.Unchanged != services || !summary.Succeeded)
            {
                throw new InvalidOperationException($"steady tick with latencies: expected {services} unchanged, got {summary.Unchanged} (failed {summary.Failed})");
            }
        });
    }

    public static string Markdown(Measurement m) => new StringBuilder()
        .Line("").Line("## 6. Steady tick with AWS round trips (measured wall time)").Line("")
        .Line($"Real adapters, transport and client-side ECS rate limits on the real clock; {AwsLatency.TotalMilliseconds} ms per ECS / Auto Scaling call, "
            + $"{DynamoLatency.TotalMilliseconds} ms per DynamoDB call (held for real); 1,000 services in 10 clusters, all stopped. Target ≤ 1.5 s.").Line("")
        .Line("| case | runs | wall median ms | wall p95 ms | CPU median ms |")
        .Line("| --- | ---: | ---: | ---: | ---: |")
        .Line($"| {m.Name} | {m.Repetitions} | {F(m.MedianWallMs, "0")} | {F(m.P95WallMs, "0")} | {F(m.MedianCpuMs, "0")} |")
        .ToString();

    private static async Task<SchedulerReconciler> PrepareAsync(int services, int clusters, Core.Schedules.ScheduleDecider decider, TimeProvider realClock)
    {
        var world = BenchFleet.Create(services, clusters, 50, FleetSchedules.TagFor);
        var store = new CountingStateStore();
        var clock = new SettableClock(FleetSchedules.Off);
        var quiet = new QuietObservability();
        var options = new SchedulerOptions { Region = BenchFleet.Region };
        var free = new FreePorts(world, FreePorts.ListingOf(world));
        var stop = new SchedulerReconciler(decider, new SchedulerPorts(free, free, free, free, free, store, store), options, quiet, quiet, clock);
        var stopped = await stop.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
        if (stopped.Stopped != services)
        {
            throw new InvalidOperationException($"preparing the steady tick: expected {services} stops, got {stopped.Stopped}");
        }

        clock.Now = FleetSchedules.Off.AddMinutes(15);
        store.Latency = DynamoLatency;
        var variables = SimulatedAws.Variables(world);
        var transport = new AwsTransport(new HttpClient(new LatencyHandler(new SimulatorHandler(world), AwsLatency)), new VariablesCredentialSource(variables),
            new AwsEndpointResolver(variables), new AwsTransportOptions(), realClock, new TimeProviderDelay(realClock), new Random(1).NextDouble, new AwsCallStatistics());
        var ecs = new EcsClient(transport);
        var inventory = new EcsServiceInventory(ecs, new EcsInventoryOptions { ClusterTagKey = BenchFleet.ClusterTagKey }, quiet);

        // A warm instance: the task definitions were described by an earlier invocation, and the client-side
        // read bucket has refilled since (the next tick comes 15 minutes later; here 5.5 s of real time).
        await foreach (var _ in inventory.ListAsync(CancellationToken.None))
        {
        }

        await Task.Delay(TimeSpan.FromSeconds(5.5), realClock);

        var ports = new SchedulerPorts(inventory, new EcsServiceCapacity(ecs), new AutoScalingServiceScaling(new ApplicationAutoScalingClient(transport)),
            new EcsServiceTagger(ecs), free, store, store);
        return new SchedulerReconciler(decider, ports, options, quiet, quiet, clock);
    }
}
