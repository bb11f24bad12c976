using CostOps.Aws.ElasticLoadBalancing;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Wake routing over ELBv2: the rules of every listener of the load balancers in front of a service's target groups,
/// pointed at the CostOps wake target group and back. Only rules whose actions are forwards are touched: a rule with
/// authentication or a redirect keeps answering as configured, and a listener's default rule is never changed.
/// </summary>
public sealed class ElbWakeRouting(IElbv2Client client, string wakeTargetGroupArn) : IWakeRouting
{
    public async Task<IReadOnlyList<RuleRoute>> FindRulesAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken)
    {
        var wanted = targetGroupArns.ToHashSet(StringComparer.Ordinal);
        var groups = await client.DescribeTargetGroupsAsync(targetGroupArns, cancellationToken).ConfigureAwait(false);
        var found = new List<RuleRoute>();
        foreach (var balancer in groups.SelectMany(g => g.LoadBalancerArns).Distinct(StringComparer.Ordinal))
        {
            foreach (var listener in await client.DescribeListenersAsync(balancer, cancellationToken).ConfigureAwait(false))
            {
                foreach (var rule in await client.DescribeRulesAsync(listener.ListenerArn, cancellationToken).ConfigureAwait(false))
                {
                    if (ToRoute(rule) is { } route && route.TargetGroups.Any(t => wanted.Contains(t.TargetGroupArn)))
                    {
                        found.Add(route);
                    }
                }
            }
        }

        return found;
    }

    public Task PointAtWakeAsync(string ruleArn, CancellationToken cancellationToken) =>
        client.ModifyRuleAsync(ruleArn, [new RuleAction(RuleAction.Forward, wakeTargetGroupArn)], cancellationToken);

    public Task RestoreAsync(RuleRoute original, CancellationToken cancellationToken) =>
        client.ModifyRuleAsync(original.RuleArn, [ToAction(original)], cancellationToken);

    public async Task<bool> HealthyAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken)
    {
        foreach (var group in targetGroupArns)
        {
            var targets = await client.DescribeTargetHealthAsync(group, cancellationToken).ConfigureAwait(false);
            if (!targets.Any(t => string.Equals(t.State, TargetHealthDescription.Healthy, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return targetGroupArns.Count > 0;
    }

    /// <summary>The rule's forward, when it is a non-default rule with a single forward action and nothing else.</summary>
    internal static RuleRoute? ToRoute(ListenerRule rule)
    {
        if (rule.IsDefault || rule.Actions is not [{ Type: RuleAction.Forward } forward])
        {
            return null;
        }

        IReadOnlyList<RouteTarget> targets = forward.TargetGroups is { Count: > 0 } tuples
            ? [.. tuples.Select(t => new RouteTarget(t.TargetGroupArn, t.Weight))]
            : forward.TargetGroupArn is { Length: > 0 } single ? [new RouteTarget(single, null)] : [];
        return targets.Count == 0 ? null : new RuleRoute(rule.RuleArn, targets, forward.StickinessEnabled, forward.StickinessDurationSeconds)
        {
            Priority = int.TryParse(rule.Priority, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null,
            Hosts = Values(rule, RuleCondition.HostHeader),
            Paths = Values(rule, RuleCondition.PathPattern),
        };
    }

    private static string[] Values(ListenerRule rule, string field) =>
        [.. rule.Conditions.Where(c => c.Field == field).SelectMany(c => c.Values)];

    /// <summary>The forward action that puts <paramref name="route"/> back: the simple form for one unweighted group, ForwardConfig otherwise.</summary>
    internal static RuleAction ToAction(RuleRoute route) =>
        route is { TargetGroups: [{ Weight: null } only], StickinessEnabled: null }
            ? new RuleAction(RuleAction.Forward, only.TargetGroupArn)
            : new RuleAction(RuleAction.Forward,
                TargetGroups: [.. route.TargetGroups.Select(t => new TargetGroupTuple(t.TargetGroupArn, t.Weight))],
                StickinessEnabled: route.StickinessEnabled,
                StickinessDurationSeconds: route.StickinessEnabled is null ? null : route.StickinessDurationSeconds);
}
