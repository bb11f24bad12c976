using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using Moq;
using static CostOps.Core.Tests.Scheduler.SchedulerHarness;

namespace CostOps.Core.Tests.Scheduler;

public sealed class SchedulerReconcilerWakeRoutesTests
{
    private static readonly RuleRoute WebRule = new("rule/web", [new(FakeLoadBalancer.Group("web"), null)]);

    private static readonly RuleRoute CanaryRule = new("rule/web-canary",
        [new(FakeLoadBalancer.Group("web"), 90), new(FakeLoadBalancer.Group("web-next"), 10)], true, 3600);

    private static readonly RuleRoute OtherRule = new("rule/api", [new(FakeLoadBalancer.Group("api"), null)]);

    private readonly SchedulerHarness _h = new();

    public SchedulerReconcilerWakeRoutesTests()
    {
        _h.Balancer = new FakeLoadBalancer(_h.Fleet);
        _h.Balancer.AddRule(WebRule);
        _h.Balancer.AddRule(CanaryRule);
        _h.Balancer.AddRule(OtherRule);
    }

    [Fact]
    public async Task RunAsync_OptedInServiceStops_ItsRulesPointAtWakeBeforeTheTasksGoAndOriginalsAreSaved()
    {
        AddWeb();

        await _h.RunAsync();

        Assert.True(_h.Balancer!.AtWake(WebRule.RuleArn));
        Assert.True(_h.Balancer.AtWake(CanaryRule.RuleArn));
        Assert.Equal(OtherRule, _h.Balancer.Rule(OtherRule.RuleArn));
        Assert.Equal([3, 3], _h.Balancer.DesiredWhenDiverted);
        Assert.Equal(0, _h.Fleet.Get("web").DesiredCount);
        var state = await _h.StateAsync("web");
        Assert.Equal(ServiceStatus.Stopped, state!.Status);
        Assert.Equal([WebRule, CanaryRule], state.WakeRoutes!);
    }

    [Fact]
    public async Task RunAsync_StartWhileTargetsUnhealthy_RulesStayAtWakeUntilALaterRunSeesThemHealthy()
    {
        AddWeb();
        await _h.RunAsync();
        _h.Balancer!.Healthy = _ => false;

        var start = await _h.RunAtAsync(Morning);

        Assert.Equal(3, _h.Fleet.Get("web").DesiredCount);
        Assert.True(_h.Balancer.AtWake(WebRule.RuleArn));
        Assert.True(Assert.Single(start.Services).RoutesPending);
        Assert.Contains("restored once the targets are healthy", start.Services[0].Reason, StringComparison.Ordinal);
        Assert.NotNull((await _h.StateAsync("web"))!.WakeRoutes);

        var stillStarting = await _h.RunAtAsync(Morning.AddMinutes(1));
        Assert.True(_h.Balancer.AtWake(CanaryRule.RuleArn));
        Assert.True(stillStarting.Services[0].RoutesPending);

        _h.Balancer.Healthy = _ => true;
        var healthy = await _h.RunAtAsync(Morning.AddMinutes(2));

        Assert.Equal(WebRule, _h.Balancer.Rule(WebRule.RuleArn));
        Assert.Equal(CanaryRule, _h.Balancer.Rule(CanaryRule.RuleArn));
        Assert.False(healthy.Services[0].RoutesPending);
        Assert.Null((await _h.StateAsync("web"))!.WakeRoutes);
        _h.Metrics.Verify(m => m.Add("WakeRoutesRestored", 2, It.IsAny<Core.Observability.MetricUnit>()), Times.Once);
    }

    [Fact]
    public async Task RunAsync_StartWithHealthyTargets_RestoresInTheSameRun()
    {
        AddWeb();
        await _h.RunAsync();

        var start = await _h.RunAtAsync(Morning);

        Assert.Equal(WebRule, _h.Balancer!.Rule(WebRule.RuleArn));
        Assert.Contains("forward to the service again", Assert.Single(start.Services).Reason, StringComparison.Ordinal);
        Assert.Null((await _h.StateAsync("web"))!.WakeRoutes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("off")]
    [InlineData("yes")]
    public async Task RunAsync_ServiceNotOptedIn_NoLoadBalancerCallAtAll(string? wake)
    {
        var tags = new Dictionary<string, string> { ["costops:schedule"] = "office" };
        if (wake is not null)
        {
            tags[WakeOptIn.TagKey] = wake;
        }

        _h.Fleet.Add("web", 3, tags: tags);
        _h.Fleet.Change("web", s => s with { TargetGroupArns = [FakeLoadBalancer.Group("web")] });

        await _h.RunAsync();
        await _h.RunAtAsync(Morning);

        Assert.Equal(0, _h.Balancer!.Reads);
        Assert.Empty(_h.Balancer.Calls);
        Assert.Equal(WebRule, _h.Balancer.Rule(WebRule.RuleArn));
    }

    [Fact]
    public async Task RunAsync_OptedInWithoutTargetGroups_StopsAsBeforeWithoutLoadBalancerCalls()
    {
        _h.Fleet.Add("web", 3, tags: new() { ["costops:schedule"] = "office", [WakeOptIn.TagKey] = "on" });

        await _h.RunAsync();

        Assert.Equal(0, _h.Fleet.Get("web").DesiredCount);
        Assert.Equal(0, _h.Balancer!.Reads);
    }

    [Fact]
    public async Task RunAsync_RoutingNotConfigured_OptedInServiceStopsAndStartsAsBefore()
    {
        var balancer = _h.Balancer!;
        _h.Balancer = null;
        AddWeb();

        await _h.RunAsync();
        await _h.RunAtAsync(Morning);

        Assert.Equal(3, _h.Fleet.Get("web").DesiredCount);
        Assert.Equal(0, balancer.Reads);
        Assert.Null((await _h.StateAsync("web"))!.WakeRoutes);
    }

    [Fact]
    public async Task RunAsync_DryRun_ReportsWithoutChangingRules()
    {
        AddWeb();

        await _h.RunAsync(dryRun: true);

        Assert.Empty(_h.Balancer!.Calls);
        Assert.Equal(WebRule, _h.Balancer.Rule(WebRule.RuleArn));
    }

    [Fact]
    public async Task RunAsync_RoutesPending_NextWakeUpWithinAMinute()
    {
        var wakeUp = new Mock<IBoundaryWakeUp>();
        var decider = _h.Decider;
        decider.Setup(d => d.StartNextChangeScan(It.IsAny<DateTimeOffset>())).Returns(new Mock<Core.Schedules.INextChangeScan>().Object);
        AddWeb();
        await _h.RunAsync();
        _h.Balancer!.Healthy = _ => false;
        _h.Time.SetUtcNow(Morning);

        var summary = await new SchedulerReconciler(decider.Object,
            new SchedulerPorts(_h.Fleet, _h.Fleet, _h.Fleet, _h.Fleet, _h.Fleet, _h.Gated, _h.Gated, wakeUp.Object, _h.Balancer),
            _h.Options, _h.Metrics.Object, _h.Log.Object, _h.Time).RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(Morning.AddMinutes(1), summary.NextBoundary);
        wakeUp.Verify(w => w.EnsureAsync(Morning.AddMinutes(1), It.IsAny<CancellationToken>()), Times.Once);
    }

    private void AddWeb()
    {
        _h.Fleet.Add("web", 3, tags: new() { ["costops:schedule"] = "office", [WakeOptIn.TagKey] = "On " });
        _h.Fleet.Change("web", s => s with { TargetGroupArns = [FakeLoadBalancer.Group("web")] });
    }
}
