namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>ELBv2 <c>TargetHealthDescription</c>: one registered target and its health.</summary>
/// <param name="State">initial, healthy, unhealthy, unused, draining or unavailable.</param>
public sealed record TargetHealthDescription(string TargetId, int? Port, string State, string? Reason, string? Description)
{
    public const string Healthy = "healthy";
}
