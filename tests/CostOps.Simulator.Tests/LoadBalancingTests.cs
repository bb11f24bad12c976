using CostOps.Aws.ElasticLoadBalancing;

namespace CostOps.Simulator.Tests;

/// <summary>The simulated Elastic Load Balancing, read and changed through CostOps' real ELBv2 client.</summary>
public sealed class LoadBalancingTests
{
    private readonly Testbed _bed = new();
    private readonly Elbv2Client _elb;
    private readonly string _listener;
    private readonly string _group;
    private readonly string _wake;
    private readonly string _rule;

    public LoadBalancingTests()
    {
        _bed.Account.AddCluster("dev");
        var web = _bed.Account.AddService("dev", "web", 1);
        var balancer = _bed.Account.LoadBalancing;
        _listener = balancer.AddLoadBalancer("dev-alb");
        var balancerArn = balancer.Listeners.Single().LoadBalancerArn!;
        _group = balancer.AddTargetGroup("dev-web", balancerArn, web);
        _wake = balancer.AddLambdaTargetGroup("costops-wake");
        _rule = balancer.AddRule(_listener, 10, "web.dev.example.com", _group);
        _elb = new Elbv2Client(SimulatedAws.Transport(_bed.Handler, new VirtualDelay(_bed.Clock, new Lock()), new Random(7).NextDouble));
    }

    [Fact]
    public async Task DescribeRules_RuleAndDefault_ReadWithPriorityConditionsAndForward()
    {
        var rules = await _elb.DescribeRulesAsync(_listener, default);

        var rule = Assert.Single(rules, r => !r.IsDefault);
        Assert.Equal("10", rule.Priority);
        Assert.Equal(_group, Assert.Single(rule.Actions).TargetGroupArn);
        Assert.Contains(rule.Conditions, c => c.Field == RuleCondition.HostHeader && c.Values.SequenceEqual(["web.dev.example.com"]));
        Assert.Equal("default", Assert.Single(rules, r => r.IsDefault).Priority);
    }

    [Fact]
    public async Task ModifyRule_ToWakeAndBack_ChangesTheRuleTheLoadBalancerUses()
    {
        var swapped = await _elb.ModifyRuleAsync(_rule, [new RuleAction(RuleAction.Forward, _wake)], default);
        var swappedForwards = _bed.Account.LoadBalancing.ForwardsOf(_rule);
        await _elb.ModifyRuleAsync(_rule, [new RuleAction(RuleAction.Forward, TargetGroups: [new(_group, 1)], StickinessEnabled: false)], default);
        var read = Assert.Single(await _elb.DescribeRulesAsync(_listener, default), r => !r.IsDefault);

        Assert.Equal(_wake, Assert.Single(swapped.Actions).TargetGroupArn);
        Assert.Equal([_wake], swappedForwards);
        Assert.Equal([_group], _bed.Account.LoadBalancing.ForwardsOf(_rule));
        Assert.Equal(_group, Assert.Single(Assert.Single(read.Actions).TargetGroups!).TargetGroupArn);
        Assert.Contains(read.Conditions, c => c.Field == RuleCondition.HostHeader);
    }

    [Fact]
    public async Task ModifyRule_UnknownTargetGroup_IsRefusedAndTheRuleKeepsItsForward()
    {
        var missing = _wake + "0";

        await Assert.ThrowsAnyAsync<Exception>(() => _elb.ModifyRuleAsync(_rule, [new RuleAction(RuleAction.Forward, missing)], default));

        Assert.Equal([_group], _bed.Account.LoadBalancing.ForwardsOf(_rule));
    }

    [Fact]
    public async Task DescribeTargetHealth_ServiceStoppedThenStarted_HealthyOnlyOnceATaskHasRunForTheStartupDelay()
    {
        var running = await _elb.DescribeTargetHealthAsync(_group, default);
        await _bed.SetDesiredAsync("dev", "web", 0);
        _bed.Clock.Advance(TimeSpan.FromMinutes(5));
        var stopped = await _elb.DescribeTargetHealthAsync(_group, default);
        await _bed.SetDesiredAsync("dev", "web", 1);
        var starting = await _elb.DescribeTargetHealthAsync(_group, default);
        _bed.Clock.Advance(_bed.Account.Options.StartupDelay);
        var started = await _elb.DescribeTargetHealthAsync(_group, default);

        Assert.Equal(TargetHealthDescription.Healthy, Assert.Single(running).State);
        Assert.Empty(stopped);
        Assert.Equal("initial", Assert.Single(starting).State);
        Assert.Equal(TargetHealthDescription.Healthy, Assert.Single(started).State);
    }

    [Fact]
    public async Task DescribeTargetGroupsAndListeners_ServiceGroup_NamesItsLoadBalancerAndTheServiceNamesTheGroup()
    {
        var group = Assert.Single(await _elb.DescribeTargetGroupsAsync([_group], default));
        var listener = Assert.Single(await _elb.DescribeListenersAsync(group.LoadBalancerArns.Single(), default));
        var service = await _bed.DescribeAsync("dev", "web");

        Assert.Equal("ip", group.TargetType);
        Assert.Equal(_listener, listener.ListenerArn);
        Assert.Equal(_group, Assert.Single(service.LoadBalancers!).TargetGroupArn);
    }
}
