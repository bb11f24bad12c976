using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.State;
using Moq;
using static CostOps.Core.Tests.Scheduler.SchedulerHarness;

namespace CostOps.Core.Tests.Scheduler;

public sealed class BatchReadsTests
{
    private static readonly ScalingBounds Scaled = new(1, 6, false, false, false);

    [Fact]
    public async Task RunAsync_250ServicesToStop_ReadsScalingInOneBatchPerChunkOfAHundred()
    {
        var h = new SchedulerHarness();
        for (var i = 0; i < 250; i++)
        {
            h.Fleet.Add($"svc{i:000}", 2, i % 2 == 0 ? Scaled : null);
        }

        var summary = await h.RunAsync();

        Assert.Equal(250, summary.Stopped);
        Assert.Equal([100, 100, 50], h.Fleet.ScalingBatches);
        Assert.Equal(0, h.Fleet.ScalingReads);
        Assert.Equal(Scaled with { Min = 0, Max = 0 }, h.Fleet.Scaling("svc000"));
    }

    [Fact]
    public async Task RunAsync_250StopsAndFewTargets_ReadsTheNamespaceOnceInsteadOfPerChunk()
    {
        var h = new SchedulerHarness();
        h.Fleet.NamespaceScalingReads = true;
        for (var i = 0; i < 250; i++)
        {
            h.Fleet.Add($"svc{i:000}", 2, i % 10 == 0 ? Scaled : null);
        }

        var summary = await h.RunAsync();

        Assert.Equal(250, summary.Stopped);
        Assert.Equal([4], h.Fleet.NamespaceReadBudgets);
        Assert.Empty(h.Fleet.ScalingBatches);
        Assert.Equal(0, h.Fleet.ScalingReads);
        Assert.Equal(Scaled with { Min = 0, Max = 0 }, h.Fleet.Scaling("svc000"));
        Assert.Equal(0, h.Fleet.Get("svc001").DesiredCount);
    }

    [Fact]
    public async Task RunAsync_Continuation_ReadsScalingPerChunkInsteadOfTheNamespace()
    {
        var h = new SchedulerHarness();
        h.Fleet.NamespaceScalingReads = true;
        for (var i = 0; i < 250; i++)
        {
            h.Fleet.Add($"svc{i:000}", 2, i % 10 == 0 ? Scaled : null);
        }

        var summary = await h.RunAsync(token: FakeFleet.Arn("svc049"));

        Assert.Equal(200, summary.Stopped);
        Assert.Empty(h.Fleet.NamespaceReadBudgets);
        Assert.Equal([100, 100], h.Fleet.ScalingBatches);
        Assert.Equal(Scaled with { Min = 0, Max = 0 }, h.Fleet.Scaling("svc050"));
        Assert.Equal(Scaled, h.Fleet.Scaling("svc040"));
    }

    [Fact]
    public async Task RunAsync_NamespaceLargerThanThePerChunkReads_FallsBackToPerChunkBatches()
    {
        var h = new SchedulerHarness();
        h.Fleet.NamespaceScalingReads = true;
        for (var i = 0; i < 250; i++)
        {
            h.Fleet.Add($"svc{i:000}", 2, Scaled);
        }

        var summary = await h.RunAsync();

        Assert.Equal(250, summary.Stopped);
        Assert.Equal([4], h.Fleet.NamespaceReadBudgets);
        Assert.Equal([100, 100, 50], h.Fleet.ScalingBatches);
        Assert.Equal(0, h.Fleet.ScalingReads);
        Assert.Equal(Scaled with { Min = 0, Max = 0 }, h.Fleet.Scaling("svc249"));
    }

    [Fact]
    public async Task RunAsync_OneChunkOfStops_KeepsThePerChunkBatchAndSkipsTheNamespace()
    {
        var h = new SchedulerHarness();
        h.Fleet.NamespaceScalingReads = true;
        for (var i = 0; i < 40; i++)
        {
            h.Fleet.Add($"svc{i:000}", 2, Scaled);
        }

        await h.RunAsync();

        Assert.Empty(h.Fleet.NamespaceReadBudgets);
        Assert.Equal([40], h.Fleet.ScalingBatches);
    }

    [Fact]
    public async Task RunAsync_NamespaceListingFails_ReadsPerChunkAndStillStops()
    {
        var h = new SchedulerHarness();
        for (var i = 0; i < 250; i++)
        {
            h.Fleet.Add($"svc{i:000}", 2, Scaled);
        }

        var summary = await h.RunAsync();

        Assert.Equal(250, summary.Stopped);
        Assert.Equal([100, 100, 50], h.Fleet.ScalingBatches);
    }

    [Fact]
    public async Task RunAsync_SteadyStoppedFleet_ReadsNoScalableTarget()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, Scaled);
        h.Fleet.Add("web", 2);
        await h.RunAsync();
        h.Fleet.ScalingBatches.Clear();

        var summary = await h.RunAtAsync(Evening.AddMinutes(15));

        Assert.Equal(2, summary.Unchanged);
        Assert.Empty(h.Fleet.ScalingBatches);
        Assert.Equal(0, h.Fleet.ScalingReads);
    }

    [Fact]
    public async Task RunAsync_Start_ReadsOnlyTheTargetsTheSnapshotsSaved()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, Scaled);
        h.Fleet.Add("web", 2);
        await h.RunAsync();
        h.Fleet.ScalingBatches.Clear();

        var summary = await h.RunAtAsync(Morning);

        Assert.Equal(2, summary.Started);
        Assert.Equal([1], h.Fleet.ScalingBatches);
        Assert.Equal(Scaled, h.Fleet.Scaling("api"));
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
    }

    [Fact]
    public async Task RunAsync_BatchedStateReadFails_ReadsEachServiceOnItsOwnAndStillStops()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, Scaled);
        var store = new Mock<ISchedulerStateStore>();
        var inner = new InMemorySchedulerStateStore();
        store.As<IBatchStateReads>().Setup(s => s.GetManyAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("ProvisionedThroughputExceededException"));
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns<string, CancellationToken>(inner.GetAsync);
        store.Setup(s => s.TrySaveAsync(It.IsAny<ServiceState>(), It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .Returns<ServiceState, long, CancellationToken>(inner.TrySaveAsync);
        var reconciler = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Fleet, store.Object, h.Activity), h.Options, h.Metrics.Object, h.Log.Object, h.Time);

        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(1, summary.Stopped);
        store.Verify(s => s.GetAsync(FakeFleet.Arn("api"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(ServiceStatus.Stopped, (await inner.GetAsync(FakeFleet.Arn("api"), CancellationToken.None))!.Status);
    }
}
