using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using Moq;
using static CostOps.Core.Tests.Scheduler.SchedulerHarness;

namespace CostOps.Core.Tests.Scheduler;

public sealed class SchedulerReconcilerTests
{
    [Fact]
    public async Task RunAsync_OffHours_SavesSnapshotBeforeStoppingAndRecordsActivity()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        var savedBeforeStop = false;
        h.Fleet.BeforeMutation = (op, _) =>
        {
            if (op == "UpdateService")
            {
                savedBeforeStop = h.StateAsync("api").Result?.Snapshot?.DesiredCount == 3;
            }
        };

        var summary = await h.RunAsync();

        Assert.True(savedBeforeStop);
        Assert.Equal(1, summary.Stopped);
        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
        var state = await h.StateAsync("api");
        Assert.Equal(ServiceStatus.Stopped, state!.Status);
        Assert.Equal(3, state.Snapshot!.DesiredCount);
        Assert.Equal(Evening, state.Snapshot.SavedAt);
        Assert.Equal("office", state.Snapshot.ScheduleName);
        Assert.Equal(2, state.Snapshot.CapacityProviderStrategy.Count);
        var stopped = Assert.Single(h.Activity.Items);
        Assert.Equal(ActivityKind.Stopped, stopped.Kind);
        Assert.Equal(3, stopped.Tasks);
        Assert.Equal(0.5m, stopped.Size!.Vcpu);
        Assert.Equal("stopped", h.Fleet.Get("api").Tags["costops:status"]);
    }

    [Fact]
    public async Task RunAsync_SameStopTwice_SecondRunMakesNoCallsAndNoWrites()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, new ScalingBounds(2, 6, false, false, false));
        h.Fleet.Add("web", 2);
        await h.RunAsync();
        var before = h.Mutations;

        h.Time.Advance(TimeSpan.FromSeconds(40));
        var second = await h.RunAsync();

        Assert.Equal(before, h.Mutations);
        Assert.Equal(2, second.Unchanged);
        Assert.Empty(h.Store.Runs.Skip(1));
    }

    [Fact]
    public async Task RunAsync_StopServiceAlreadyAtZero_SavedCountUntouchedAndStartRestoresOriginal()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        await h.RunAsync();

        await h.RunAtAsync(Evening.AddHours(2));
        Assert.Equal(3, (await h.StateAsync("api"))!.Snapshot!.DesiredCount);

        await h.RunAtAsync(Morning);
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(ServiceStatus.Running, (await h.StateAsync("api"))!.Status);
    }

    [Fact]
    public async Task RunAsync_ServiceSetToZeroByHand_NothingSavedAndNeverStarted()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("batch", 0);

        var evening = await h.RunAsync();
        var morning = await h.RunAtAsync(Morning);

        Assert.Equal(ServiceAction.None, Assert.Single(evening.Services).Action);
        Assert.Equal(ServiceAction.None, Assert.Single(morning.Services).Action);
        Assert.Null(await h.StateAsync("batch"));
        Assert.Equal(0, h.Fleet.Get("batch").DesiredCount);
        Assert.Equal(0, h.Mutations);
    }

    [Fact]
    public async Task RunAsync_StopEventDeliveredAfterOpening_DoesNotStop()
    {
        var h = new SchedulerHarness(Morning.AddMinutes(5));
        h.Fleet.Add("api", 3);

        var summary = await h.RunAsync();

        Assert.Equal(0, summary.Stopped);
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(0, h.Mutations);
    }

    [Fact]
    public async Task RunAsync_SkippedRun_NextRunConverges()
    {
        var h = new SchedulerHarness(new DateTimeOffset(2026, 3, 2, 20, 15, 0, TimeSpan.Zero));
        h.Fleet.Add("api", 3);

        // The 20:00 run never happened; the 20:15 one stops, and a missed 08:00 run is caught up at 08:15.
        await h.RunAtAsync(new DateTimeOffset(2026, 3, 2, 20, 15, 0, TimeSpan.Zero));
        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);

        await h.RunAtAsync(new DateTimeOffset(2026, 3, 3, 8, 15, 0, TimeSpan.Zero));
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
    }

    [Fact]
    public async Task RunAsync_AutoScaledService_StaysAtZeroAfterScalingEventAndStartRestoresBoundsExactly()
    {
        var h = new SchedulerHarness();
        var original = new ScalingBounds(2, 10, true, false, true);
        h.Fleet.Add("api", 4, original);

        await h.RunAsync();
        h.Fleet.ScalingActivity("api");

        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(original with { Min = 0, Max = 0 }, h.Fleet.Scaling("api"));
        Assert.Equal(original, (await h.StateAsync("api"))!.Snapshot!.Scaling);

        await h.RunAtAsync(Morning);
        Assert.Equal(original, h.Fleet.Scaling("api"));
        Assert.Equal(4, h.Fleet.Get("api").DesiredCount);
        Assert.True(h.Fleet.Calls.ToList().IndexOf("RegisterScalableTarget api", 1) < h.Fleet.Calls.ToList().LastIndexOf("UpdateService api"));
    }

    [Fact]
    public async Task RunAsync_FreshStopOfAutoScaledService_ReadsScalableTargetOnce()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 4, new ScalingBounds(2, 10, false, false, false));

        var summary = await h.RunAsync();

        Assert.Equal(1, summary.Stopped);
        Assert.Equal(0, h.Fleet.ScalingReads);
        Assert.Equal([1], h.Fleet.ScalingBatches);
        Assert.Equal(new ScalingBounds(0, 0, false, false, false), h.Fleet.Scaling("api"));
    }

    [Fact]
    public async Task RunAsync_FreshStopWithoutBatchedScalingReads_ReadsScalableTargetOnce()
    {
        var h = new SchedulerHarness();
        h.Fleet.BatchScalingReads = false;
        h.Fleet.Add("api", 4, new ScalingBounds(2, 10, false, false, false));

        var summary = await h.RunAsync();

        Assert.Equal(1, summary.Stopped);
        Assert.Equal(1, h.Fleet.ScalingReads);
        Assert.Equal(new ScalingBounds(0, 0, false, false, false), h.Fleet.Scaling("api"));
    }

    [Fact]
    public async Task RunAsync_Start_ReportsTaskHoursAvoidedFromSnapshot()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        await h.RunAsync();

        var summary = await h.RunAtAsync(Morning);

        Assert.Equal(1, summary.Started);
        h.Metrics.Verify(m => m.Add("TaskHoursAvoided", 36d, MetricUnit.Count), Times.Once);
        h.Metrics.Verify(m => m.Add("ServicesStarted", 1d, MetricUnit.Count), Times.Once);
        Assert.Equal(ActivityKind.Started, h.Activity.Items[^1].Kind);
        Assert.Equal("running", h.Fleet.Get("api").Tags["costops:status"]);
    }

    [Fact]
    public async Task RunAsync_DaemonService_NoUpdateCall()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("agent", 1, strategy: SchedulingStrategy.Daemon);

        var summary = await h.RunAsync();

        Assert.Equal(ServiceAction.Skip, Assert.Single(summary.Services).Action);
        Assert.Equal(0, h.Fleet.CallsTo("UpdateService"));
        Assert.True(summary.Succeeded);
    }

    [Fact]
    public async Task RunAsync_DeploymentInProgress_NoUpdateCallDeferredOnceThenStopped()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, deploymentInProgress: true);

        var first = await h.RunAsync();
        var second = await h.RunAtAsync(Evening.AddMinutes(15));

        Assert.Equal(ServiceAction.Defer, Assert.Single(first.Services).Action);
        Assert.Equal(ServiceAction.Defer, Assert.Single(second.Services).Action);
        Assert.Equal(0, h.Fleet.CallsTo("UpdateService"));
        Assert.Single(h.Activity.Items, a => a.Kind == ActivityKind.Deferred);

        h.Fleet.Change("api", s => s with { DeploymentInProgress = false });
        await h.RunAtAsync(Evening.AddMinutes(30));
        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
    }

    [Fact]
    public async Task RunAsync_InvalidScheduleTag_LeftAsItIsAndErrorNamesTheText()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, tags: new() { ["costops:schedule"] = "ofice" });
        h.Fleet.Add("web", 2);

        var summary = await h.RunAsync();

        var api = summary.Services.Single(s => s.ServiceName == "api");
        Assert.Equal(ServiceAction.Skip, api.Action);
        Assert.Contains("\"ofice\"", api.Error, StringComparison.Ordinal);
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(0, h.Fleet.Get("web").DesiredCount);
    }

    [Fact]
    public async Task RunAsync_DryRun_ReportsStopButChangesNothing()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, new ScalingBounds(1, 5, false, false, false));

        var summary = await h.RunAsync(dryRun: true);

        Assert.True(summary.DryRun);
        Assert.Equal(ServiceAction.Stop, Assert.Single(summary.Services).Action);
        Assert.Equal(0, h.Mutations);
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
        h.Metrics.Verify(m => m.Add(It.IsAny<string>(), It.IsAny<double>(), It.IsAny<MetricUnit>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_DryRunAtOpening_ReportsStartButRestoresNothing()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        await h.RunAsync();
        var before = h.Mutations;

        h.Time.SetUtcNow(Morning);
        var summary = await h.RunAsync(dryRun: true);

        Assert.Equal(ServiceAction.Start, Assert.Single(summary.Services).Action);
        Assert.Equal(before, h.Mutations);
        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(ServiceStatus.Stopped, (await h.StateAsync("api"))!.Status);
    }

    [Fact]
    public async Task RunAsync_StatusTagStrippedWhileStopped_RewritesTagOnlyAndStartStillRestores()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        await h.RunAsync();
        h.Fleet.Change("api", s => s with { Tags = new Dictionary<string, string> { ["costops:schedule"] = "office" } });
        var writes = h.Gated.Writes;

        await h.RunAtAsync(Evening.AddMinutes(15));

        Assert.Equal(writes, h.Gated.Writes);
        Assert.Equal(2, h.Fleet.CallsTo("TagResource"));
        Assert.Equal(1, h.Fleet.CallsTo("UpdateService"));
        await h.RunAtAsync(Morning);
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
    }

    [Fact]
    public async Task RunAsync_AnActionAndANoOp_WritesOneStructuredLogLineForTheAction()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        h.Fleet.Add("web", 0);

        await h.RunAsync();

        h.Log.Verify(l => l.Write(It.IsAny<LogLevel>(), "scheduler.service", It.IsAny<string>(), It.IsAny<IReadOnlyList<LogField>>()), Times.Once);
        h.Log.Verify(l => l.Write(LogLevel.Info, "scheduler.service", It.IsAny<string>(),
            It.Is<IReadOnlyList<LogField>>(f => f.Contains(new LogField("action", "Stop")) && f.Contains(new LogField("service", "api")))), Times.Once);
    }
}
