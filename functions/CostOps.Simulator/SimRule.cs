using CostOps.Aws.ElasticLoadBalancing;

namespace CostOps.Simulator;

/// <summary>One listener rule: priority ("default" for the listener's default rule), host and path conditions, actions.</summary>
public sealed class SimRule(string arn, string listenerArn, string priority, IReadOnlyList<string> hosts, IReadOnlyList<string> paths, IReadOnlyList<RuleAction> actions)
{
    public string Arn { get; } = arn;

    public string ListenerArn { get; } = listenerArn;

    public string Priority { get; } = priority;

    public bool IsDefault => Priority == "default";

    public IReadOnlyList<string> Hosts { get; } = hosts;

    public IReadOnlyList<string> Paths { get; } = paths;

    public IReadOnlyList<RuleAction> Actions { get; internal set; } = actions;

    /// <summary>ModifyRule calls that changed this rule.</summary>
    public int Modifications { get; internal set; }
}
