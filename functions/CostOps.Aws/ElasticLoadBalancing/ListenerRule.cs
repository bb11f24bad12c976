namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>ELBv2 <c>Rule</c>: its priority ("default" for the listener's default rule), actions and conditions.</summary>
public sealed record ListenerRule(string RuleArn, string? Priority, bool IsDefault, IReadOnlyList<RuleAction> Actions)
{
    /// <summary>The rule's conditions; empty for a default rule.</summary>
    public IReadOnlyList<RuleCondition> Conditions { get; init; } = [];
}
