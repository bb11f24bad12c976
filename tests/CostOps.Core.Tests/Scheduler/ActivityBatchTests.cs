using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Core.Tests.Scheduler;

public sealed class ActivityBatchTests
{
    [Fact]
    public async Task RunAsync_60Stops_ActivityWrittenTwentyFiveAtATimeAndTwoStateWritesEach()
    {
        var h = new SchedulerHarness();
        for (var i = 0; i < 60; i++)
        {
            h.Fleet.Add($"svc{i:00}", 2);
        }

        var sizes = new List<int>();
        var activity = new Mock<IActivityLog>();
        activity.Setup(a => a.AppendAsync(It.IsAny<IReadOnlyList<ServiceActivity>>(), It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyList<ServiceActivity>, CancellationToken>((items, _) => sizes.Add(items.Count))
            .Returns(Task.CompletedTask);
        var reconciler = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Gated, activity.Object), h.Options, h.Metrics.Object, h.Log.Object, h.Time);

        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(60, summary.Stopped);
        Assert.Equal([25, 25, 10], sizes);
        Assert.Equal(120 + 1, h.Gated.Writes);
    }

    [Fact]
    public async Task RunAsync_ActivityWriteFails_ServicesStillStoppedAndOneWarning()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        var activity = new Mock<IActivityLog>();
        activity.Setup(a => a.AppendAsync(It.IsAny<IReadOnlyList<ServiceActivity>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("ProvisionedThroughputExceededException"));
        var reconciler = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Store, activity.Object), h.Options, h.Metrics.Object, h.Log.Object, h.Time);

        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(1, summary.Stopped);
        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(ServiceStatus.Stopped, (await h.StateAsync("api"))!.Status);
        h.Log.Verify(l => l.Write(LogLevel.Warning, "scheduler.activity_not_recorded", It.IsAny<string>(), It.IsAny<IReadOnlyList<LogField>>()), Times.Once);
        h.Metrics.Verify(m => m.Add("ActivityNotRecorded", 1, MetricUnit.Count), Times.Once);
    }

    [Fact]
    public async Task RunAsync_BatchActivityOff_OneAppendPerRecord()
    {
        var h = new SchedulerHarness { Options = new() { Region = "eu-west-1", BatchActivity = false } };
        h.Fleet.Add("api", 3);
        h.Fleet.Add("web", 2);

        await h.RunAsync();

        Assert.Equal(2, h.Activity.Items.Count(a => a.Kind == ActivityKind.Stopped));
        Assert.Equal(2 * 2 + 2 + 1, h.Gated.Writes);
    }

    [Fact]
    public async Task RunAsync_StatusTagOff_StopAndStartWriteNoTag()
    {
        var h = new SchedulerHarness { Options = new() { Region = "eu-west-1", WriteStatusTag = false } };
        h.Fleet.Add("api", 3);
        await h.RunAsync();

        var started = await h.RunAtAsync(SchedulerHarness.Morning);

        Assert.Equal(1, started.Started);
        Assert.Equal(0, h.Fleet.CallsTo("TagResource"));
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
    }
}
