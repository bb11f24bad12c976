using CostOps.Aws.ElasticLoadBalancing;

namespace CostOps.Simulator;

/// <summary>
/// The account's Application Load Balancers: listeners, rules and target groups. A target group bound to a service
/// has one target per task, healthy once the task runs (after its start-up delay). Mutated only under the account's gate.
/// </summary>
public sealed class SimLoadBalancing(SimulatedAccount account)
{
    private int _next;

    public Dictionary<string, string> LoadBalancers { get; } = new(StringComparer.Ordinal);

    public List<Listener> Listeners { get; } = [];

    public List<SimRule> Rules { get; } = [];

    public List<SimTargetGroup> TargetGroups { get; } = [];

    private string Prefix => $"arn:aws:elasticloadbalancing:{account.Region}:{account.Options.AccountId}:";

    /// <summary>A load balancer with one HTTP listener on port 80 whose default rule answers 404; returns the listener's ARN.</summary>
    public string AddLoadBalancer(string name)
    {
        lock (account.Gate)
        {
            var id = Id();
            var balancer = $"{Prefix}loadbalancer/app/{name}/{id}";
            LoadBalancers[balancer] = name;
            var listener = $"{Prefix}listener/app/{name}/{id}/{Id()}";
            Listeners.Add(new Listener(listener, balancer, 80, "HTTP"));
            Rules.Add(new SimRule($"{Prefix}listener-rule/app/{name}/{id}/{Id()}", listener, "default", [], [], [new RuleAction("fixed-response", Order: 1)]));
            return listener;
        }
    }

    /// <summary>A target group of type ip in front of <paramref name="service"/>, added to the service's load balancers.</summary>
    public string AddTargetGroup(string name, string loadBalancerArn, SimService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (account.Gate)
        {
            var group = new SimTargetGroup($"{Prefix}targetgroup/{name}/{Id()}", name, [loadBalancerArn], service);
            TargetGroups.Add(group);
            service.LoadBalancers.Add(new CostOps.Aws.Ecs.LoadBalancer { TargetGroupArn = group.Arn, ContainerName = "app", ContainerPort = 80 });
            return group.Arn;
        }
    }

    /// <summary>A Lambda target group (e.g. the wake function's), attached to no service.</summary>
    public string AddLambdaTargetGroup(string name)
    {
        lock (account.Gate)
        {
            var group = new SimTargetGroup($"{Prefix}targetgroup/{name}/{Id()}", name, [], null);
            TargetGroups.Add(group);
            return group.Arn;
        }
    }

    /// <summary>A rule forwarding requests for <paramref name="host"/> to <paramref name="targetGroupArn"/>.</summary>
    public string AddRule(string listenerArn, int priority, string host, string targetGroupArn)
    {
        lock (account.Gate)
        {
            var listener = Listeners.Single(l => l.ListenerArn == listenerArn);
            var name = LoadBalancers[listener.LoadBalancerArn!];
            var rule = new SimRule($"{Prefix}listener-rule/app/{name}/{Id()}/{Id()}", listenerArn,
                priority.ToString(System.Globalization.CultureInfo.InvariantCulture), [host], ["/*"], [new RuleAction(RuleAction.Forward, targetGroupArn, Order: 1)]);
            Rules.Add(rule);
            var group = TargetGroups.Single(g => g.Arn == targetGroupArn);
            if (!group.LoadBalancerArns.Contains(listener.LoadBalancerArn!))
            {
                group.LoadBalancerArns.Add(listener.LoadBalancerArn!);
            }

            return rule.Arn;
        }
    }

    /// <summary>The rule's current target groups, as the load balancer would send to them.</summary>
    public IReadOnlyList<string> ForwardsOf(string ruleArn)
    {
        lock (account.Gate)
        {
            return [.. Rules.Single(r => r.Arn == ruleArn).Actions
                .SelectMany(a => a.TargetGroups is { Count: > 0 } tuples ? tuples.Select(t => t.TargetGroupArn) : a.TargetGroupArn is { } one ? [one] : [])];
        }
    }

    private string Id() => (++_next).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
