namespace CostOps.Core.Scheduler.Ports;

/// <summary>A listener rule's forward as it was before CostOps pointed the rule at the wake function: restored exactly on start.</summary>
/// <param name="TargetGroups">Every target group the rule forwarded to, with its weight (null when it had none).</param>
/// <param name="StickinessEnabled">The forward's target group stickiness; null when it was not set.</param>
public sealed record RuleRoute(
    string RuleArn,
    IReadOnlyList<RouteTarget> TargetGroups,
    bool? StickinessEnabled = null,
    int? StickinessDurationSeconds = null);
