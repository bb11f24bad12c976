namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>
/// ELBv2 <c>Action</c>. CostOps writes only <c>forward</c> actions; other types (authenticate-*, redirect, fixed-response)
/// are read with their type and order so a rule holding them can be recognised and left alone.
/// </summary>
/// <param name="Type">forward, authenticate-oidc, authenticate-cognito, redirect or fixed-response.</param>
/// <param name="TargetGroupArn">The single target group of a simple forward action.</param>
/// <param name="TargetGroups">The weighted target groups of a forward action's ForwardConfig; empty when it has none.</param>
/// <param name="StickinessEnabled">ForwardConfig's target group stickiness; null when not set.</param>
public sealed record RuleAction(
    string Type,
    string? TargetGroupArn = null,
    int? Order = null,
    IReadOnlyList<TargetGroupTuple>? TargetGroups = null,
    bool? StickinessEnabled = null,
    int? StickinessDurationSeconds = null)
{
    public const string Forward = "forward";
}
