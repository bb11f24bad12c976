using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot;
using Moq;
using static CostOps.Core.Tests.Spot.SpotServices;

namespace CostOps.Core.Tests.Spot;

public sealed class SpotManagerTests
{
    private readonly SpotHarness _h = new();

    [Fact]
    public async Task TickAsync_LaunchTypeService_MovesItWithTheStrategyAndRecordsIt()
    {
        _h.Add(OnLaunchType());

        var summary = await _h.TickAsync();

        Assert.Equal(SpotAction.MoveToSpot, Assert.Single(summary.Services).Action);
        Assert.Equal(SpotPlan, Assert.Single(_h.Changes).Strategy);
        Assert.Equal(SpotMode.Spot, (await _h.StateAsync())!.Spot!.Mode);
        _h.Metrics.Verify(m => m.Add("ServicesOnSpot", 1, MetricUnit.Count), Times.Once);
    }

    [Fact]
    public async Task TickAsync_SecondTickWithNothingToChange_MakesNoCallAndNoWrite()
    {
        _h.Add(OnLaunchType());
        await _h.TickAsync();
        var writes = _h.Store.Writes;

        var summary = await _h.TickAsync();

        Assert.Equal(SpotAction.None, Assert.Single(summary.Services).Action);
        Assert.Single(_h.Changes);
        Assert.Equal(writes, _h.Store.Writes);
    }

    [Fact]
    public async Task TickAsync_UpdateServiceFails_RecordedFailsTheRunAndRetriedOnTheNextTick()
    {
        _h.Add(OnLaunchType());
        _h.Strategy.Setup(s => s.SetStrategyAsync(It.IsAny<ServiceRef>(), It.IsAny<IReadOnlyList<CapacityProviderItem>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("InvalidParameterException: capacity provider FARGATE_SPOT is not associated"));

        var failed = await _h.TickAsync();

        Assert.Equal(SpotAction.Fail, Assert.Single(failed.Services).Action);
        Assert.False(failed.Succeeded);
        Assert.Contains("not associated", (await _h.StateAsync())!.Spot!.LastError, StringComparison.Ordinal);
        _h.Metrics.Verify(m => m.Add("SpotChangesFailed", 1, MetricUnit.Count), Times.Once);

        _h.Strategy.Reset();
        _h.Strategy.Setup(s => s.SetStrategyAsync(It.IsAny<ServiceRef>(), It.IsAny<IReadOnlyList<CapacityProviderItem>>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var retried = await _h.TickAsync();

        Assert.Equal(SpotAction.MoveToSpot, Assert.Single(retried.Services).Action);
        Assert.Null((await _h.StateAsync())!.Spot!.LastError);
    }

    [Fact]
    public async Task TickAsync_TenServicesOneFailing_NineMoveAndTheFailureIsReported()
    {
        for (var i = 0; i < 10; i++)
        {
            _h.Add(OnLaunchType($"svc{i}"));
        }

        _h.Strategy.Setup(s => s.SetStrategyAsync(It.Is<ServiceRef>(r => r.ServiceName == "svc4"), It.IsAny<IReadOnlyList<CapacityProviderItem>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("AccessDeniedException: not allowed"));

        var summary = await _h.TickAsync();

        Assert.Equal(9, summary.Services.Count(s => s.Action == SpotAction.MoveToSpot));
        Assert.Equal("svc4", Assert.Single(summary.Services, s => s.Action == SpotAction.Fail).ServiceName);
        Assert.Equal(9, _h.Changes.Count);
    }

    [Fact]
    public async Task PlacementFailure_DeliveredTwice_ChangesOnceAndReturnsAfterTheCooldown()
    {
        _h.Add(OnLaunchType());
        await _h.TickAsync();

        var first = await _h.ShortageAsync(id: "evt-1");
        var again = await _h.ShortageAsync(id: "evt-1");
        var other = await _h.ShortageAsync(id: "evt-2");

        Assert.Equal(SpotAction.Fallback, Assert.Single(first.Services).Action);
        Assert.Equal(SpotAction.Duplicate, Assert.Single(again.Services).Action);
        Assert.Equal(SpotAction.Duplicate, Assert.Single(other.Services).Action);
        Assert.Equal([SpotPlan, OnDemand], _h.Changes.Select(c => c.Strategy));

        _h.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(SpotAction.None, Assert.Single((await _h.TickAsync()).Services).Action);
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var back = await _h.TickAsync();

        Assert.Equal(SpotAction.Return, Assert.Single(back.Services).Action);
        Assert.Equal([SpotPlan, OnDemand, SpotPlan], _h.Changes.Select(c => c.Strategy));
        _h.Metrics.Verify(m => m.Add("SpotReturns", 1, MetricUnit.Count), Times.Once);
    }

    [Fact]
    public async Task PlacementFailure_AgainWithinTheCooldownAfterReturn_DoublesTheNextCooldown()
    {
        _h.Add(OnLaunchType());
        await _h.TickAsync();
        await _h.ShortageAsync(id: "evt-1");
        _h.Time.Advance(TimeSpan.FromMinutes(60));
        await _h.TickAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(30));

        await _h.ShortageAsync(id: "evt-2");
        _h.Time.Advance(TimeSpan.FromMinutes(119));
        var early = await _h.TickAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await _h.TickAsync();

        Assert.Equal(TimeSpan.FromMinutes(120), (await _h.StateAsync())!.Spot!.Cooldown);
        Assert.Equal(SpotAction.None, Assert.Single(early.Services).Action);
        Assert.Equal(SpotAction.Return, Assert.Single(due.Services).Action);
    }

    [Fact]
    public async Task Interruptions_AtTheThreshold_FallBackOnceAndCountEach()
    {
        _h.Add(OnLaunchType());
        await _h.TickAsync();

        var results = new List<SpotAction>();
        foreach (var (task, id) in new[] { ("t1", "e1"), ("t1", "e1b"), ("t2", "e2"), ("t3", "e3") })
        {
            _h.Time.Advance(TimeSpan.FromMinutes(5));
            results.Add(Assert.Single((await _h.InterruptedAsync(task, id)).Services).Action);
        }

        Assert.Equal([SpotAction.Interruption, SpotAction.Duplicate, SpotAction.Interruption, SpotAction.Fallback], results);
        Assert.Equal([SpotPlan, OnDemand], _h.Changes.Select(c => c.Strategy));
        _h.Metrics.Verify(m => m.Add("SpotInterruptions", 1, MetricUnit.Count), Times.Exactly(3));
    }

    [Fact]
    public async Task PlacementFailure_ServiceStoppedByTheScheduler_GetsNoDeploymentButWantsOnDemand()
    {
        _h.Add(OnLaunchType());
        await _h.TickAsync();
        var stored = (await _h.StateAsync())!;
        await _h.Store.TrySaveAsync(stored with { Status = ServiceStatus.Stopped, Version = stored.Version + 1 }, stored.Version, CancellationToken.None);

        var summary = await _h.ShortageAsync();

        Assert.Equal(SpotAction.Wait, Assert.Single(summary.Services).Action);
        Assert.Single(_h.Changes);
        Assert.Equal(OnDemand, (await _h.StateAsync())!.Spot!.Wanted);
    }

    [Fact]
    public async Task Events_UnknownClusterOrForeignService_ChangeNothing()
    {
        _h.Add(OnLaunchType());
        await _h.TickAsync();
        var writes = _h.Store.Writes;
        var manager = _h.Create();

        var foreign = await manager.PlacementFailureAsync("arn:aws:ecs:eu-west-1:1:cluster/other", Arn("web", "other"), Shortage(), CancellationToken.None);
        var unknown = await manager.TaskStoppedAsync("arn:aws:ecs:eu-west-1:1:cluster/main", "nobody", Interrupted("t9", "e9", Noon), CancellationToken.None);
        var notService = await manager.TaskStoppedAsync("arn:aws:ecs:eu-west-1:1:cluster/main", null, Interrupted("t9", "e9", Noon), CancellationToken.None);

        Assert.All(new[] { foreign, unknown, notService }, s => Assert.Equal(SpotAction.Ignore, Assert.Single(s.Services).Action));
        Assert.Contains("not managed by CostOps", foreign.Services[0].Reason, StringComparison.Ordinal);
        Assert.Equal(writes, _h.Store.Writes);
        Assert.Single(_h.Changes);
    }

    [Fact]
    public async Task TickAsync_StateChangedAfterListing_SkipsTheService()
    {
        var service = _h.Add(OnLaunchType());
        await _h.Store.TrySaveAsync(Stored(service, null, version: 1) with { UpdatedAt = Noon.AddSeconds(1) }, 0, CancellationToken.None);

        var summary = await _h.TickAsync();

        Assert.Equal(SpotAction.Skip, Assert.Single(summary.Services).Action);
        Assert.Empty(_h.Changes);
    }

    [Fact]
    public async Task TickAsync_LosesTheConditionalWrite_MakesNoChange()
    {
        var service = _h.Add(OnLaunchType());
        var store = new Mock<ISchedulerStateStore>();
        store.Setup(s => s.GetAsync(service.Ref.ServiceArn, It.IsAny<CancellationToken>())).ReturnsAsync(Stored(service, null));
        store.Setup(s => s.TrySaveAsync(It.IsAny<ServiceState>(), 1, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var manager = new SpotManager(new SpotDecider(Options),
            new SpotPorts(_h.Inventory.Object, _h.Lookup.Object, _h.Strategy.Object, _h.Clusters.Object, store.Object), _h.Metrics.Object, _h.Log.Object, _h.Time);

        var summary = await manager.TickAsync(CancellationToken.None);

        Assert.Equal(SpotAction.Skip, Assert.Single(summary.Services).Action);
        Assert.Empty(_h.Changes);
    }

    [Fact]
    public async Task Interruptions_ConcurrentInvocationWinsTheWrite_TheLoserDecidesAgainAndBothCount()
    {
        var service = _h.Add(On(SpotPlan));
        var racing = new RacingStore(_h.Store, () => _h.InterruptedAsync("t1", "e1"));
        var manager = new SpotManager(new SpotDecider(Options),
            new SpotPorts(_h.Inventory.Object, _h.Lookup.Object, _h.Strategy.Object, _h.Clusters.Object, racing), _h.Metrics.Object, _h.Log.Object, _h.Time);

        var summary = await manager.TaskStoppedAsync("arn:aws:ecs:eu-west-1:123456789012:cluster/main", "web", Interrupted("t2", "e2", Noon), CancellationToken.None);

        Assert.Equal(SpotAction.Interruption, Assert.Single(summary.Services).Action);
        Assert.Equal(2, (await _h.StateAsync())!.Spot!.Interruptions.Count);
        Assert.Equal(service.Ref.ServiceArn, (await _h.StateAsync())!.Ref.ServiceArn);
    }

    /// <summary>Before the first conditional write it lets a competing invocation write first, deterministically.</summary>
    private sealed class RacingStore(ISchedulerStateStore inner, Func<Task> competitor) : ISchedulerStateStore
    {
        private bool _raced;

        public Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken) => inner.GetAsync(serviceArn, cancellationToken);

        public async Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken)
        {
            if (!_raced)
            {
                _raced = true;
                await competitor();
            }

            return await inner.TrySaveAsync(state, expectedVersion, cancellationToken);
        }

        public Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken) => inner.RecordRunAsync(run, cancellationToken);
    }
}
