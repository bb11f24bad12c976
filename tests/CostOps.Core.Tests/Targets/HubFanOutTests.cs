using CostOps.Core.Observability;
using CostOps.Core.Targets;
using CostOps.Core.Targets.Ports;
using CostOps.Core.Tests.Scheduler;
using CostOps.TestSupport;
using Moq;

namespace CostOps.Core.Tests.Targets;

public class HubFanOutTests
{
    private static readonly TargetConfiguration Configuration = TargetConfiguration.FromJson("""
        {"role":"costops-member","regions":["eu-west-1","us-east-1"],"targets":[
          {"accounts":["111111111111","222222222222"],"clusters":["app"]},
          {"organizationalUnits":["ou-ab12-cdef3456","ou-ab12-deny0000"],"regions":["eu-west-1"],"clusterTag":"costops=on"}]}
        """)!;

    private readonly RecordingLog _log = new(LogLevel.Debug);
    private readonly Mock<IMetricSink> _metrics = new();
    private readonly FakeOrganization _organization = new FakeOrganization()
        .Unit("ou-ab12-cdef3456", null, "333333333333")
        .Unit("ou-ab12-deny0000", null, "444444444444");

    private HubFanOut Hub(IWorkerLauncher launcher, int concurrency = 8) =>
        new(Configuration, _organization, launcher, concurrency, _metrics.Object, _log, TestClock.At("2026-11-02T19:00:00Z"));

    [Fact]
    public async Task RunAsync_EveryAccountRegion_StartsOneWorkerEach()
    {
        var launcher = new RecordingLauncher();

        var summary = await Hub(launcher).RunAsync(dryRun: true, CancellationToken.None);

        Assert.Equal(["111111111111/eu-west-1", "111111111111/us-east-1", "222222222222/eu-west-1", "222222222222/us-east-1", "333333333333/eu-west-1", "444444444444/eu-west-1"],
            launcher.Started.Select(s => s.Target.ToString()).Order(StringComparer.Ordinal));
        Assert.All(launcher.Started, s => Assert.True(s.DryRun));
        Assert.True(summary.Succeeded);
        Assert.Equal((6, 6, 0), (summary.Targets, summary.WorkersStarted, summary.TargetsFailed));
        var line = Assert.Single(_log.Lines, l => l.Event == "scheduler.hub_summary");
        Assert.Equal("dry run: 6 account-regions: 6 workers started, 0 failed", line.Message);
        _metrics.Verify(m => m.Add("Targets", 6, MetricUnit.Count));
        _metrics.Verify(m => m.Add("WorkersStarted", 6, MetricUnit.Count));
        _metrics.Verify(m => m.Add("TargetsFailed", 0, MetricUnit.Count));
    }

    [Fact]
    public async Task RunAsync_UnreadableUnitAndFailedStart_ReportedOthersStarted()
    {
        _organization.Deny("ou-ab12-deny0000");
        var launcher = new RecordingLauncher { Refuse = "222222222222/us-east-1" };

        var summary = await Hub(launcher).RunAsync(dryRun: false, CancellationToken.None);

        Assert.False(summary.Succeeded);
        Assert.Equal((4, 4), (launcher.Started.Count, summary.WorkersStarted));
        Assert.Equal(["222222222222/us-east-1", "targets[1].organizationalUnits[1] ou-ab12-deny0000"], summary.Failures.Select(f => f.Target));
        var errors = _log.Lines.Where(l => l.Event == "scheduler.target_failed").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Fields.Contains(new LogField("account", "222222222222")) && e.Fields.Contains(new LogField("region", "us-east-1"))
            && e.Message.Contains("Rate exceeded", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("ou-ab12-deny0000", StringComparison.Ordinal) && e.Message.Contains("AccessDeniedException", StringComparison.Ordinal));
        _metrics.Verify(m => m.Add("TargetsFailed", 2, MetricUnit.Count));
        Assert.Equal("5 account-regions: 4 workers started, 2 failed", Assert.Single(_log.Lines, l => l.Event == "scheduler.hub_summary").Message);
    }

    [Fact]
    public async Task RunAsync_ConcurrencyTwo_NeverMoreThanTwoStartsInFlight()
    {
        var launcher = new GatedLauncher(2);

        var run = Hub(launcher, concurrency: 2).RunAsync(dryRun: false, CancellationToken.None);
        await launcher.Full.Task;
        var inFlightWhileFull = launcher.Entered;
        launcher.Gate.SetResult();
        var summary = await run;

        Assert.Equal(2, inFlightWhileFull);
        Assert.Equal(2, launcher.MaxInFlight);
        Assert.Equal(6, summary.WorkersStarted);
    }

    private sealed class RecordingLauncher : IWorkerLauncher
    {
        public List<(AccountRegion Target, bool DryRun)> Started { get; } = [];

        public string? Refuse { get; init; }

        public Task StartAsync(AccountRegion target, bool dryRun, CancellationToken cancellationToken)
        {
            if (target.ToString() == Refuse)
            {
                throw new InvalidOperationException("TooManyRequestsException: Rate exceeded");
            }

            lock (Started)
            {
                Started.Add((target, dryRun));
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Every start waits at one gate; <see cref="Full"/> completes once <c>capacity</c> starts are waiting.</summary>
    private sealed class GatedLauncher(int capacity) : IWorkerLauncher
    {
        private int _inFlight;

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Full { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Entered;

        public int MaxInFlight;

        public async Task StartAsync(AccountRegion target, bool dryRun, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            Interlocked.Increment(ref Entered);
            InterlockedMax(ref MaxInFlight, now);
            if (now == capacity)
            {
                Full.TrySetResult();
            }

            await Gate.Task;
            Interlocked.Decrement(ref _inFlight);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
