using CostOps.Aws.Adapters;
using CostOps.Aws.ElasticLoadBalancing;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class ElbWakeRoutingTests
{
    private const string Wake = "tg/costops-wake";
    private const string Web = "tg/web";
    private readonly Mock<IElbv2Client> _client = new(MockBehavior.Strict);

    private ElbWakeRouting Routing => new(_client.Object, Wake);

    [Fact]
    public async Task FindRulesAsync_ListenersOfTheBalancers_ReturnsForwardOnlyRulesToTheServiceGroups()
    {
        _client.Setup(c => c.DescribeTargetGroupsAsync(It.Is<IReadOnlyList<string>>(a => a.SequenceEqual(new[] { Web })), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new TargetGroup(Web, "web", "ip", ["lb/1", "lb/2"], 10, 2)]);
        _client.Setup(c => c.DescribeListenersAsync("lb/1", It.IsAny<CancellationToken>())).ReturnsAsync([new Listener("l/1", "lb/1", 443, "HTTPS")]);
        _client.Setup(c => c.DescribeListenersAsync("lb/2", It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _client.Setup(c => c.DescribeRulesAsync("l/1", It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new ListenerRule("r/simple", "1", false, [new RuleAction("forward", Web, 1)])
            {
                Conditions = [new("host-header", ["dev-web.example.com", "*.dev.example.com"]), new("path-pattern", ["/app/*"]), new("source-ip", ["10.0.0.0/8"])],
            },
            new ListenerRule("r/weighted", "2", false, [new RuleAction("forward", null, 1, [new(Web, 80), new("tg/next", 20)], true, 60)]),
            new ListenerRule("r/other", "3", false, [new RuleAction("forward", "tg/api")]),
            new ListenerRule("r/auth", "4", false, [new RuleAction("authenticate-oidc", Order: 1), new RuleAction("forward", Web, 2)]),
            new ListenerRule("r/default", "default", true, [new RuleAction("forward", Web)]),
        ]);

        var routes = await Routing.FindRulesAsync([Web], default);

        Assert.Equal(["r/simple", "r/weighted"], routes.Select(r => r.RuleArn));
        Assert.Equal([new RouteTarget(Web, null)], routes[0].TargetGroups);
        Assert.Equal(1, routes[0].Priority);
        Assert.Equal(["dev-web.example.com", "*.dev.example.com"], routes[0].Hosts);
        Assert.Equal(["/app/*"], routes[0].Paths);
        Assert.Empty(routes[1].Hosts);
        Assert.Equal([new RouteTarget(Web, 80), new RouteTarget("tg/next", 20)], routes[1].TargetGroups);
        Assert.Equal((true, 60), (routes[1].StickinessEnabled, routes[1].StickinessDurationSeconds));
    }

    [Fact]
    public async Task PointAtWakeAsync_Rule_ForwardsToTheWakeGroupOnly()
    {
        IReadOnlyList<RuleAction>? sent = null;
        _client.Setup(c => c.ModifyRuleAsync("r/1", It.IsAny<IReadOnlyList<RuleAction>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, IReadOnlyList<RuleAction> a, CancellationToken _) => sent = a)
            .ReturnsAsync(new ListenerRule("r/1", "1", false, []));

        await Routing.PointAtWakeAsync("r/1", default);

        Assert.Equal([new RuleAction("forward", Wake)], sent!);
    }

    [Fact]
    public void ToAction_SavedRoutes_RebuildTheOriginalForward()
    {
        Assert.Equal(new RuleAction("forward", Web), ElbWakeRouting.ToAction(new RuleRoute("r", [new(Web, null)])));

        var weighted = ElbWakeRouting.ToAction(new RuleRoute("r", [new(Web, 80), new("tg/next", 20)], true, 60));
        Assert.Equal([new TargetGroupTuple(Web, 80), new TargetGroupTuple("tg/next", 20)], weighted.TargetGroups!);
        Assert.Equal((true, 60, (string?)null), (weighted.StickinessEnabled, weighted.StickinessDurationSeconds, weighted.TargetGroupArn));
    }

    [Fact]
    public void ToRouteThenToAction_WeightedForward_SendsWhatWasRead()
    {
        var read = new RuleAction("forward", null, 1, [new(Web, 1)], false, null);
        var route = ElbWakeRouting.ToRoute(new ListenerRule("r", "1", false, [read]))!;

        var back = ElbWakeRouting.ToAction(route);

        Assert.Equal(read.TargetGroups!, back.TargetGroups!);
        Assert.False(back.StickinessEnabled);
    }

    [Theory]
    [InlineData(new[] { "healthy", "initial" }, true)]
    [InlineData(new[] { "initial", "unhealthy" }, false)]
    [InlineData(new string[0], false)]
    public async Task HealthyAsync_TargetStates_TrueOnlyWithAHealthyTarget(string[] states, bool expected)
    {
        _client.Setup(c => c.DescribeTargetHealthAsync(Web, It.IsAny<CancellationToken>()))
            .ReturnsAsync([.. states.Select((s, i) => new TargetHealthDescription($"10.0.0.{i}", 80, s, null, null))]);

        Assert.Equal(expected, await Routing.HealthyAsync([Web], default));
    }

    [Fact]
    public async Task HealthyAsync_NoGroups_False()
    {
        Assert.False(await Routing.HealthyAsync([], default));
    }
}
