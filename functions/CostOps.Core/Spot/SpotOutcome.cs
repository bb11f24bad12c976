namespace CostOps.Core.Spot;

/// <summary>What one invocation did to one service. <see cref="OnSpot"/>: on its Spot strategy afterwards.</summary>
public sealed record SpotOutcome(
    string ClusterName,
    string ServiceName,
    string? ServiceArn,
    SpotAction Action,
    string Reason,
    string? Error = null,
    bool OnSpot = false);
