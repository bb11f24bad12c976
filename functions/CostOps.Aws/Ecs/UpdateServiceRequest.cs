using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record UpdateServiceRequest
{
    [JsonPropertyName("cluster")]
    public string? Cluster { get; init; }

    [JsonPropertyName("service")]
    public required string Service { get; init; }

    [JsonPropertyName("desiredCount")]
    public int? DesiredCount { get; init; }

    /// <summary>Changing it in place needs <see cref="ForceNewDeployment"/> = true.</summary>
    [JsonPropertyName("capacityProviderStrategy")]
    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    [JsonPropertyName("forceNewDeployment")]
    public bool? ForceNewDeployment { get; init; }
}
