namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>The Elastic Load Balancing v2 operations CostOps uses to route a stopped service's traffic to its wake function.</summary>
public interface IElbv2Client
{
    /// <summary>DescribeListeners of one load balancer, every page.</summary>
    Task<IReadOnlyList<Listener>> DescribeListenersAsync(string loadBalancerArn, CancellationToken cancellationToken);

    /// <summary>DescribeRules of one listener (the default rule included), every page.</summary>
    Task<IReadOnlyList<ListenerRule>> DescribeRulesAsync(string listenerArn, CancellationToken cancellationToken);

    /// <summary>ModifyRule: replaces the rule's actions; its conditions are left as they are.</summary>
    Task<ListenerRule> ModifyRuleAsync(string ruleArn, IReadOnlyList<RuleAction> actions, CancellationToken cancellationToken);

    /// <summary>DescribeTargetGroups by ARN (at most 20 per call, as the API allows).</summary>
    Task<IReadOnlyList<TargetGroup>> DescribeTargetGroupsAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken);

    /// <summary>DescribeTargetHealth of every target registered in one target group.</summary>
    Task<IReadOnlyList<TargetHealthDescription>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken);
}
