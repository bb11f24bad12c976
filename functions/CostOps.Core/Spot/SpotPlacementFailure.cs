namespace CostOps.Core.Spot;

/// <summary>An "ECS Service Action" event as the Spot manager reads it.</summary>
public sealed record SpotPlacementFailure(string EventId, DateTimeOffset? At, string EventName, string? Reason, IReadOnlyList<string> CapacityProviderArns)
{
    public const string PlacementFailure = "SERVICE_TASK_PLACEMENT_FAILURE";
    public const string FargateShortage = "RESOURCE:FARGATE";

    /// <summary>A placement failure for lack of Fargate capacity with FARGATE_SPOT among the providers. Never throws.</summary>
    public bool IsSpotShortage =>
        string.Equals(EventName, PlacementFailure, StringComparison.Ordinal)
        && string.Equals(Reason, FargateShortage, StringComparison.Ordinal)
        && (CapacityProviderArns ?? []).Any(IsFargateSpot);

    private static bool IsFargateSpot(string? arn) =>
        arn is not null && (arn == SpotStrategy.FargateSpot || arn.EndsWith("/" + SpotStrategy.FargateSpot, StringComparison.Ordinal));
}
