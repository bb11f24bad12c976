namespace CostOps.Core.Scheduler.Ports;

/// <summary>A listener rule's forward as it was before CostOps pointed the rule at the wake function: restored exactly on start.</summary>
/// <param name="TargetGroups">Every target group the rule forwarded to, with its weight (null when it had none).</param>
/// <param name="StickinessEnabled">The forward's target group stickiness; null when it was not set.</param>
public sealed record RuleRoute(
    string RuleArn,
    IReadOnlyList<RouteTarget> TargetGroups,
    bool? StickinessEnabled = null,
    int? StickinessDurationSeconds = null)
{
    /// <summary>The rule's priority (lower is evaluated first); null when unknown. Lets the wake function tell which service a request was for.</summary>
    public int? Priority { get; init; }

    /// <summary>The rule's host-header patterns; empty when it matches any host.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>The rule's path-pattern patterns; empty when it matches any path.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];
}
