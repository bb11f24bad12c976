using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using Moq;
using static CostOps.Core.Tests.Scheduler.SchedulerHarness;

namespace CostOps.Core.Tests.Scheduler;

public sealed class SchedulerReconcilerDriftTests
{
    private static readonly ScalingBounds Bounds = new(2, 6, false, false, false);

    [Fact]
    public async Task RunAsync_ManualStartDuringOffHours_ReportedOnceAndLeftRunning()
    {
        var h = await StoppedThenStartedByHandAsync();

        var first = await h.RunAtAsync(Evening.AddHours(2));
        var second = await h.RunAtAsync(Evening.AddHours(3));

        var drift = Assert.Single(first.Services);
        Assert.Equal(ServiceAction.Drift, drift.Action);
        Assert.Contains("ops-user", drift.Reason, StringComparison.Ordinal);
        Assert.Equal(ServiceAction.None, Assert.Single(second.Services).Action);
        Assert.Single(h.Activity.Items, a => a.Kind == ActivityKind.Drift && a.Tasks == 5);
        Assert.Equal(5, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(ServiceStatus.Drifted, (await h.StateAsync("api"))!.Status);
        h.Metrics.Verify(m => m.Add("ServicesDrifted", 1d, MetricUnit.Count), Times.Once);
        Assert.Equal(ActivityKind.Drift, Assert.Single(await h.Store.RunningOutsideScheduleAsync(CancellationToken.None)).Reason);
    }

    [Fact]
    public async Task RunAsync_OpeningAfterDrift_RestoresBoundsAndKeepsTheHigherManualCount()
    {
        var h = await StoppedThenStartedByHandAsync();
        await h.RunAtAsync(Evening.AddHours(2));

        var morning = await h.RunAtAsync(Morning);

        Assert.Equal(ServiceAction.Start, Assert.Single(morning.Services).Action);
        Assert.Equal(Bounds, h.Fleet.Scaling("api"));
        Assert.Equal(5, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(ServiceStatus.Running, (await h.StateAsync("api"))!.Status);
    }

    [Fact]
    public async Task RunAsync_ManualStartWithRestopDrift_StoppedAgainKeepingOriginalSnapshot()
    {
        var h = await StoppedThenStartedByHandAsync();
        h.Options = h.Options with { RestopDrift = true };

        var summary = await h.RunAtAsync(Evening.AddHours(2));

        Assert.Equal(ServiceAction.Drift, Assert.Single(summary.Services).Action);
        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
        var state = await h.StateAsync("api");
        Assert.Equal(ServiceStatus.Stopped, state!.Status);
        Assert.Equal(3, state.Snapshot!.DesiredCount);
        Assert.Equal(Bounds, state.Snapshot.Scaling);

        await h.RunAtAsync(Morning);
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(Bounds, h.Fleet.Scaling("api"));
    }

    private static async Task<SchedulerHarness> StoppedThenStartedByHandAsync()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, Bounds);
        await h.RunAsync();
        h.Fleet.Change("api", s => s with
        {
            DesiredCount = 5,
            RecentEvents = [new ServiceEvent(Evening.AddHours(1), "(service api) desired count set to 5 by ops-user")],
        });
        return h;
    }
}
