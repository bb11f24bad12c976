using System.Globalization;
using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Targets;
using CostOps.Core.Targets.Ports;
using CostOps.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Benchmarks;

/// <summary>
/// An organisation-wide stop: the hub's real fan-out (<see cref="HubFanOut"/> over a COSTOPS_TARGETS of 20 accounts × 2
/// regions) starts one worker per account-region, and every worker runs the production reconciler in worker mode with the
/// real ECS and Auto Scaling adapters over the real transport, client-side ECS rate limits on, against its own simulated
/// account-region (ECS's token buckets on). Each account-region has its own transport, buckets and virtual clock, as each
/// worker has in Lambda (its own invocation and <c>AwsAccess.ForTarget</c> access); the workers run side by side, and the
/// organisation finishes when the last one does. The floor is the least time ECS's buckets allow the largest account-region.
/// </summary>
internal static class OrganizationStopBenchmark
{
    public sealed record Result(
        int Accounts, int Regions, int ServicesPerTarget, int Workers, int Stopped, int Failed, double HubSeconds,
        double SlowestWorkerSeconds, double AloneSeconds, double FloorSeconds, long Calls)
    {
        public double FinishSeconds => HubSeconds + SlowestWorkerSeconds;

        public double Ratio => FinishSeconds / FloorSeconds;
    }

    private const int Clusters = 5;
    private static readonly string[] RegionNames = ["eu-west-1", "us-east-1"];

    public static async Task<Result> RunAsync(int accounts, int services)
    {
        var ids = Enumerable.Range(1, accounts).Select(i => (100000000000L + i).ToString(CultureInfo.InvariantCulture)).ToList();
        var targets = TargetConfiguration.FromJson(
            $$"""{"role":"costops-member","regions":["{{string.Join("\",\"", RegionNames)}}"],"targets":[{"accounts":["{{string.Join("\",\"", ids)}}"],"clusters":[{{string.Join(',', Enumerable.Range(0, Clusters).Select(c => $"\"cluster-{c}\""))}}]}]}""")!;
        var store = new CountingStateStore();
        var launcher = new Launcher(unit => RunWorkerAsync(unit, services, store));
        var quiet = new QuietObservability();
        var hub = await new HubFanOut(targets, new NoOrganization(), launcher, 8, quiet, quiet, new SettableClock(FleetSchedules.Off)).RunAsync(false, CancellationToken.None);
        var workers = await Task.WhenAll(launcher.Started);

        var alone = await RunWorkerAsync(new AccountRegion("100000000999", "eu-west-1", "arn:aws:iam::100000000999:role/costops-member", null, TargetClusterScope.ByName([])), services, new CountingStateStore());
        var (listing, changes) = ApiModel.RateFloor(alone.Calls);

        // The hub queues its workers 8 at a time with one Lambda Invoke each (the assumed round trip of an AWS call).
        var hubSeconds = Math.Ceiling(hub.WorkersStarted / 8.0) * AwsFacts.AwsCallSeconds;
        return new Result(accounts, RegionNames.Length, services, hub.WorkersStarted, workers.Sum(w => w.Stopped), workers.Sum(w => w.Failed) + hub.TargetsFailed,
            hubSeconds, workers.Max(w => w.Seconds), alone.Seconds, listing + changes, workers.Sum(w => w.Calls.Values.Sum()));
    }

    private sealed record WorkerResult(int Stopped, int Failed, double Seconds, IReadOnlyDictionary<string, int> Calls);

    private static async Task<WorkerResult> RunWorkerAsync(AccountRegion unit, int services, CountingStateStore store)
    {
        var clock = new FakeTimeProvider(FleetSchedules.Off);
        var account = new SimulatedAccount(new SimulatorOptions { AccountId = unit.AccountId, Region = unit.Region, EcsThrottling = true }, clock);
        var clusters = Enumerable.Range(0, Clusters).Select(c => $"cluster-{c}").ToList();
        clusters.ForEach(c => account.AddCluster(c));
        var definition = account.RegisterTaskDefinition("app", 512, 1024, "ARM64");
        for (var i = 0; i < services; i++)
        {
            var tag = FleetSchedules.TagFor(i);
            account.AddService(clusters[i % Clusters], $"svc-{i:D4}", 1 + (i % 4), definition, tags: tag is null ? [] : [("costops:schedule", tag)]);
            if (i % 2 == 0)
            {
                account.AddScalableTarget(clusters[i % Clusters], $"svc-{i:D4}", 1, 8);
            }
        }

        var statistics = new AwsCallStatistics();
        var transport = SimulatedAws.Transport(new SimulatorHandler(account), new VirtualDelay(clock, new Lock()), new Random(1).NextDouble, null, statistics);
        var quiet = new QuietObservability();
        var ecs = new EcsClient(transport);
        var ports = new SchedulerPorts(new EcsServiceInventory(ecs, new EcsInventoryOptions { Clusters = clusters }, quiet), new EcsServiceCapacity(ecs),
            new AutoScalingServiceScaling(new ApplicationAutoScalingClient(transport)), new EcsServiceTagger(ecs), new NoContinuation(), store, store);

        // One service at a time: the waits of concurrent callers would add up on one virtual clock.
        var options = new SchedulerOptions { Region = unit.Region, Account = unit.AccountId, MaxConcurrency = 1 };
        var started = clock.GetUtcNow();
        var summary = await new SchedulerReconciler(FleetSchedules.NewDecider(), ports, options, quiet, quiet, clock).RunAsync(new SchedulerRunRequest(), CancellationToken.None);
        var calls = statistics.Snapshot().ToDictionary(c => $"{c.ServiceId} {c.Operation}", c => (int)c.Calls, StringComparer.Ordinal);
        return new WorkerResult(summary.Stopped, summary.Failed + (summary.ContinuationToken is null ? 0 : 1), (clock.GetUtcNow() - started).TotalSeconds, calls);
    }

    public static string Markdown(Result r) => string.Create(CultureInfo.InvariantCulture, $"""

        ## Organisation-wide stop (hub and workers)

        {r.Accounts} accounts × {r.Regions} regions × {r.ServicesPerTarget:N0} services ({Clusters} clusters each, half auto-scaled): the hub's fan-out
        queues one worker per account-region; each worker stops its account-region through the real adapters and transport
        (client-side ECS limits on) against its own simulated account-region (ECS buckets on), on its own virtual clock,
        one service at a time; the workers run side by side. Hub time: ⌈workers / 8⌉ Lambda Invoke round trips of {AwsFacts.AwsCallSeconds:0.000} s.

        | workers | stopped | failed | AWS calls | hub s | slowest worker s | organisation s | one account-region alone s | floor of one account-region s | organisation / floor |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        | {r.Workers} | {r.Stopped:N0} | {r.Failed} | {r.Calls:N0} | {r.HubSeconds:0.00} | {r.SlowestWorkerSeconds:0.0} | {r.FinishSeconds:0.0} | {r.AloneSeconds:0.0} | {r.FloorSeconds:0.0} | **{r.Ratio:0.000}×** |

        """);

    /// <summary>Starts each worker on the thread pool as the hub queues it: Lambda runs them side by side.</summary>
    private sealed class Launcher(Func<AccountRegion, Task<WorkerResult>> run) : IWorkerLauncher
    {
        private readonly List<Task<WorkerResult>> _started = [];

        public IReadOnlyList<Task<WorkerResult>> Started
        {
            get
            {
                lock (_started)
                {
                    return [.. _started];
                }
            }
        }

        public Task StartAsync(AccountRegion target, bool dryRun, CancellationToken cancellationToken)
        {
            lock (_started)
            {
                _started.Add(Task.Run(() => run(target), cancellationToken));
            }

            return Task.CompletedTask;
        }
    }

    private sealed class NoOrganization : IOrganizationReader
    {
        public Task<IReadOnlyList<OrganizationAccount>> ListAccountsAsync(string parentId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OrganizationAccount>>([]);

        public Task<IReadOnlyList<string>> ListChildUnitsAsync(string parentId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);
    }

    private sealed class NoContinuation : IRunContinuation
    {
        public Task ContinueAsync(SchedulerRunRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
