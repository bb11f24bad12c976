using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>Replaces the cluster's whole provider list and default strategy: send every provider to keep.</summary>
public sealed record PutClusterCapacityProvidersRequest
{
    [JsonPropertyName("cluster")]
    public required string Cluster { get; init; }

    [JsonPropertyName("capacityProviders")]
    public required IReadOnlyList<string> CapacityProviders { get; init; }

    [JsonPropertyName("defaultCapacityProviderStrategy")]
    public required IReadOnlyList<CapacityProviderStrategyItem> DefaultCapacityProviderStrategy { get; init; }
}
