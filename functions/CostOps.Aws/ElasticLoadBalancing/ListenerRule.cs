namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>ELBv2 <c>Rule</c>: its priority ("default" for the listener's default rule) and actions; conditions are not read.</summary>
public sealed record ListenerRule(string RuleArn, string? Priority, bool IsDefault, IReadOnlyList<RuleAction> Actions);
