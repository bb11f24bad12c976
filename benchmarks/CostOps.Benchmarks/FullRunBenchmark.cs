using System.Globalization;
using System.Text;
using CostOps.Core.State;
using CostOps.Hosting;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// Stop-all then start-all of a whole fleet through the scheduler's Lambda entry point, on virtual time, with ECS's
/// token buckets on in the simulated account and the function's own client-side limits waiting on that clock. When
/// the time budget runs out the function invokes itself (Lambda Invoke, recorded by the simulated account); every
/// queued continuation is run in turn until none is left. Peak managed heap is sampled during the whole chain.
/// </summary>
internal static class FullRunBenchmark
{
    public sealed record Pass(string Name, int Services, int Clusters, int Changed, int Invocations, int Failures, double SimulatedSeconds,
        double FloorSeconds, IReadOnlyDictionary<string, int> Calls, int Throttled, int MinimumReads, int ScalableTargetReadsMinimum);

    public sealed record Result(IReadOnlyList<Pass> Passes, long BaselineHeapBytes, long PeakHeapBytes, long LiveAfterBytes);

    public static async Task<Result> RunAsync(int services, int clusters)
    {
        // No usage ledger (no costs are read) and tasks that take an hour to start: the scheduler never waits for tasks, and
        // the simulated account's per-call bookkeeping over every service and task stays out of a 10,000-service run.
        var world = BenchFleet.Create(services, clusters, 50, FleetSchedules.TagFor, ecsThrottling: true, start: FleetSchedules.Off,
            options: new SimulatorOptions { RecordUsage = false, StartupDelay = TimeSpan.FromHours(1) });
        var handler = new SimulatorHandler(world);
        using var timeline = new VirtualTimeline(world.Clock, untilIdle: true);
        var store = new FunctionStateStore(timeline);
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["AWS_LAMBDA_FUNCTION_NAME"] = "costops-scheduler" };
        foreach (var (key, value) in SimulatedAws.Variables(world))
        {
            variables[key] = value;
        }

        variables["COSTOPS_TABLE"] = "costops-state";
        variables["COSTOPS_FUNCTION_TIMEOUT_SECONDS"] = "900";
        variables["COSTOPS_CLUSTER_TAG"] = BenchFleet.ClusterTagKey;
        variables["COSTOPS_SCHEDULES"] = FleetSchedules.ConfigurationJson;
        var function = new CostOps.Scheduler.Function(new HostPorts(variables, timeline, TextWriter.Null, () => null) { Overrides = new HostOverrides(handler, store) });

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var sampler = new Timer(_ => HeapPeak.Max(ref peak, GC.GetTotalMemory(false)), null, 0, 5);
        var stop = await PassAsync("stop all", function, world, handler, store, services, clusters, s => s.DesiredCount == 0);
        timeline.Advance(FleetSchedules.On - world.Clock.GetUtcNow());
        var start = await PassAsync("start all", function, world, handler, store, services, clusters, s => s.DesiredCount > 0);
        HeapPeak.Max(ref peak, GC.GetTotalMemory(false));
        return new Result([stop, start], baseline, Interlocked.Read(ref peak), GC.GetTotalMemory(forceFullCollection: true));
    }

    private static async Task<Pass> PassAsync(string name, CostOps.Scheduler.Function function, SimulatedAccount world, SimulatorHandler handler, FunctionStateStore store,
        int services, int clusters, Func<SimService, bool> done)
    {
        var before = Snapshot(handler);
        var storeBefore = store.Calls;
        var throttledBefore = handler.Throttled;
        var started = world.Clock.GetUtcNow();
        int consumed;
        lock (world.Gate)
        {
            consumed = world.Invocations.Count;
        }

        var payloads = new Queue<string>([$$"""{"source":"costops.scheduler","trigger":"tick","schedule":"safety-tick"}"""]);
        var invocations = 0;
        var failures = 0;
        while (payloads.TryDequeue(out var payload))
        {
            invocations++;
            try
            {
                await using var result = await function.HandleAsync(new MemoryStream(Encoding.UTF8.GetBytes(payload)));
            }
            catch (InvocationFailedException)
            {
                failures++;
            }

            Console.Error.WriteLine(FormattableString.Invariant($"full run {services:N0}/{clusters}c {name}: invocation {invocations} ended at +{(world.Clock.GetUtcNow() - started).TotalSeconds:0} s simulated, {handler.Calls("UpdateService")} UpdateService so far"));
            lock (world.Gate)
            {
                foreach (var (_, next) in world.Invocations.Skip(consumed))
                {
                    payloads.Enqueue(next);
                }

                consumed = world.Invocations.Count;
            }
        }

        var calls = Snapshot(handler).ToDictionary(c => c.Key, c => c.Value - before.GetValueOrDefault(c.Key), StringComparer.Ordinal);
        var changed = world.Services.Count(done);
        var named = calls.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        foreach (var (key, count) in store.Calls)
        {
            named[key] = count - storeBefore.GetValueOrDefault(key);
        }

        var floor = OnePassFloorSeconds(services, clusters, changed);
        var minimum = ApiModel.Minimum(services, clusters, changed).Reads + Ceil(clusters, 100);
        var targets = world.Targets.Count;
        return new Pass(name, services, clusters, changed, invocations, failures, (world.Clock.GetUtcNow() - started).TotalSeconds, floor, named,
            handler.Throttled - throttledBefore, minimum, Ceil(targets, 50));
    }

    /// <summary>
    /// The token-bucket floor of one pass making the fewest calls: the minimum listing (ListClusters, DescribeClusters,
    /// ListServices ⌈n_c/100⌉, DescribeServices ⌈n_c/10⌉) through the read buckets, then one UpdateService and one
    /// TagResource per change side by side, buckets starting full.
    /// </summary>
    internal static double OnePassFloorSeconds(int services, int clusters, int changed)
    {
        int list = 0, describe = 0;
        for (var c = 0; c < clusters; c++)
        {
            var inCluster = (services / clusters) + (c < services % clusters ? 1 : 0);
            list += Ceil(inCluster, 100);
            describe += Ceil(inCluster, 10);
        }

        var calls = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["ECS ListClusters"] = Ceil(clusters, 100),
            ["ECS DescribeClusters"] = Ceil(clusters, 100),
            ["ECS ListServices"] = list,
            ["ECS DescribeServices"] = describe,
            ["ECS UpdateService"] = changed,
            ["ECS TagResource"] = changed,
        };
        var (listing, changes) = ApiModel.RateFloor(calls);
        return listing + changes;
    }

    private static Dictionary<string, int> Snapshot(SimulatorHandler handler) => new(
        new[] { "ListClusters", "DescribeClusters", "ListServices", "DescribeServices", "DescribeTaskDefinition", "UpdateService", "TagResource" }
            .Select(op => KeyValuePair.Create("ECS " + op, handler.Calls(op)))
            .Concat(new[] { "DescribeScalableTargets", "RegisterScalableTarget" }.Select(op => KeyValuePair.Create("Application Auto Scaling " + op, handler.Calls(op))))
            .Append(KeyValuePair.Create("Lambda Invoke", handler.Calls("Invoke"))),
        StringComparer.Ordinal);

    private static int Ceil(int n, int per) => (n + per - 1) / per;

    public static string Markdown(IReadOnlyList<Result> results)
    {
        var sb = new StringBuilder("\n## Stop-all and start-all of a whole fleet through continuations (virtual time, ECS buckets on)\n\n")
            .Append("The scheduler's Lambda entry point on the simulated account's clock; waits jump the clock (concurrent waits overlap); ")
            .Append("the simulated account enforces ECS's token buckets; each continuation the function queues with Lambda Invoke is run in turn until none is left. ")
            .Append("Floor = one pass with the fewest calls through ECS's buckets (the minimum listing, then one UpdateService and one TagResource per change side by side). ")
            .Append("Calls include throttled answers.\n\n")
            .Append("| pass | services | clusters | changed | invocations | failed invocations | simulated s | floor s | × floor | ECS reads (all invocations) | one-pass minimum | UpdateService | TagResource | DescribeScalableTargets (minimum) | BatchGetItem | state PutItem | Lambda Invoke | throttled answers |\n")
            .Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var p in results.SelectMany(r => r.Passes))
        {
            var reads = p.Calls.Where(c => c.Key is "ECS ListClusters" or "ECS DescribeClusters" or "ECS ListServices" or "ECS DescribeServices").Sum(c => c.Value);
            sb.Append(CultureInfo.InvariantCulture, $"| {p.Name} | {p.Services:N0} | {p.Clusters} | {p.Changed:N0} | {p.Invocations} | {p.Failures} | {p.SimulatedSeconds:0.0} | {p.FloorSeconds:0.0} | {p.SimulatedSeconds / p.FloorSeconds:0.000} | ")
              .Append(CultureInfo.InvariantCulture, $"{reads:N0} | {p.MinimumReads:N0} | {ApiModel.Get(p.Calls, "ECS UpdateService"):N0} | {ApiModel.Get(p.Calls, "ECS TagResource"):N0} | {ApiModel.Get(p.Calls, "Application Auto Scaling DescribeScalableTargets"):N0} ({p.ScalableTargetReadsMinimum:N0}) | {ApiModel.Get(p.Calls, "DynamoDB BatchGetItem (state)"):N0} | {ApiModel.Get(p.Calls, "DynamoDB PutItem (state)"):N0} | {ApiModel.Get(p.Calls, "Lambda Invoke"):N0} | {p.Throttled:N0} |\n");
        }

        sb.Append("\nManaged heap: baseline = live after a full collection before the first invocation (the simulated account of that many services); ")
          .Append("peak = the largest GC.GetTotalMemory(false) sampled every 5 ms over both chains (garbage not yet collected included); live after = after a full collection at the end.\n\n")
          .Append("| services | clusters | baseline MB | peak MB | peak - baseline MB | live after MB |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var r in results)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Passes[0].Services:N0} | {r.Passes[0].Clusters} | {r.BaselineHeapBytes / 1048576.0:0.0} | {r.PeakHeapBytes / 1048576.0:0.0} | {(r.PeakHeapBytes - r.BaselineHeapBytes) / 1048576.0:0.0} | {r.LiveAfterBytes / 1048576.0:0.0} |\n");
        }

        return sb.ToString();
    }
}
