using System.Globalization;
using System.Text;
using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// What one quiet scheduler tick writes to CloudWatch Logs: the whole function host (its log at the given
/// COSTOPS_LOG_LEVEL, the invocation line and the EMF metrics document) around a steady pass over a stopped fleet
/// with the real ECS and Auto Scaling adapters. Counts are exact; nothing is timed.
/// </summary>
internal static class LogVolumeBenchmark
{
    public const int Services = 1_000;
    private const int Clusters = 10;
    private const int TicksPerMonth = 30 * 96;
    private const decimal IngestionPerGb = 0.50m;

    public sealed record Volume(string Level, int Lines, long Bytes, int EmfLines);

    public static async Task<IReadOnlyList<Volume>> RunAsync() =>
        [await MeasureAsync("Info"), await MeasureAsync("Debug")];

    private static async Task<Volume> MeasureAsync(string level)
    {
        var decider = FleetSchedules.NewDecider();
        var world = BenchFleet.Create(Services, Clusters, 50, FleetSchedules.TagFor);
        var store = new CountingStateStore();
        var clock = new SettableClock(FleetSchedules.Off);
        var quiet = new QuietObservability();
        var free = new FreePorts(world, FreePorts.ListingOf(world));
        var stopped = await new SchedulerReconciler(decider, new SchedulerPorts(free, free, free, free, free, store, store),
            new SchedulerOptions { Region = BenchFleet.Region }, quiet, quiet, clock).RunAsync(new SchedulerRunRequest(), CancellationToken.None);
        if (stopped.Stopped != Services)
        {
            throw new InvalidOperationException($"log volume: expected {Services} stops while preparing, got {stopped.Stopped}");
        }

        clock.Now = FleetSchedules.Off.AddMinutes(15);
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string?> { [HostOptions.TimeoutVariable] = "900", [CommonSettings.LogLevelVariable] = level };
        SchedulerRunSummary? summary = null;
        var host = new FunctionHost("scheduler", new HostPorts(environment, clock, output, () => "Root=1-67890abc-0123456789abcdef01234567"), c => new Handler(ctx =>
        {
            var transport = new CallLoggingTransport(
                SimulatedAws.Transport(new SimulatorHandler(world), new VirtualDelay(world.Clock, new Lock()), new Random(1).NextDouble, PassBenchmark.Unlimited), ctx.Log);
            var ecs = new EcsClient(transport);
            var ports = new SchedulerPorts(
                new EcsServiceInventory(ecs, new EcsInventoryOptions { ClusterTagKey = BenchFleet.ClusterTagKey }, ctx.Log), new EcsServiceCapacity(ecs),
                new AutoScalingServiceScaling(new ApplicationAutoScalingClient(transport)), new EcsServiceTagger(ecs), free, store, store);
            return new SchedulerReconciler(decider, ports, new SchedulerOptions { Region = BenchFleet.Region }, ctx.Metrics, ctx.Log, clock);
        }, s => summary = s));
        await using (await host.HandleAsync(new MemoryStream("{\"command\":\"run\"}"u8.ToArray())))
        {
        }

        if (summary is not { Succeeded: true } s || s.Unchanged != Services)
        {
            throw new InvalidOperationException($"log volume: expected a quiet tick over {Services} services, got {summary}");
        }

        var text = output.ToString();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new Volume(level, lines.Length, Encoding.UTF8.GetByteCount(text), lines.Count(l => l.Contains("\"_aws\"", StringComparison.Ordinal)));
    }

    public static string Markdown(IReadOnlyList<Volume> volumes)
    {
        var sb = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"\n## 5. Log volume of a quiet tick ({Services:N0} services, real adapters, whole function host)\n\n")
            .Append("| COSTOPS_LOG_LEVEL | lines | of which EMF | bytes | lines a month (15-min ticks) | GB a month | ingestion $ a month |\n")
            .Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var v in volumes)
        {
            var gb = v.Bytes * (decimal)TicksPerMonth / 1_000_000_000m;
            sb.Append(CultureInfo.InvariantCulture,
                $"| {v.Level} | {v.Lines:N0} | {v.EmfLines} | {v.Bytes:N0} | {(long)v.Lines * TicksPerMonth:N0} | {gb:0.000} | {gb * IngestionPerGb:0.000} |\n");
        }

        return sb.Append(CultureInfo.InvariantCulture, $"\nCloudWatch Logs ingestion at ${IngestionPerGb:0.00}/GB, {TicksPerMonth:N0} ticks a month.\n").ToString();
    }

    private sealed class Handler(Func<InvocationContext, SchedulerReconciler> compose, Action<SchedulerRunSummary> done) : IInvocationHandler
    {
        public async Task<InvocationResult> HandleAsync(Hosting.Events.InvocationEvent invocationEvent, InvocationContext context)
        {
            var summary = await compose(context).RunAsync(new SchedulerRunRequest(), context.CancellationToken);
            done(summary);
            return InvocationResult.Succeeded("{}"u8.ToArray());
        }
    }
}
