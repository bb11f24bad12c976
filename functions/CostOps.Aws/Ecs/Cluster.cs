using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>Cluster</c> (the members CostOps reads).</summary>
public sealed record Cluster
{
    [JsonPropertyName("clusterArn")]
    public string? ClusterArn { get; init; }

    [JsonPropertyName("clusterName")]
    public string? ClusterName { get; init; }

    /// <summary>ACTIVE, PROVISIONING, DEPROVISIONING, FAILED or INACTIVE.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("runningTasksCount")]
    public int? RunningTasksCount { get; init; }

    [JsonPropertyName("activeServicesCount")]
    public int? ActiveServicesCount { get; init; }

    [JsonPropertyName("capacityProviders")]
    public IReadOnlyList<string>? CapacityProviders { get; init; }

    [JsonPropertyName("defaultCapacityProviderStrategy")]
    public IReadOnlyList<CapacityProviderStrategyItem>? DefaultCapacityProviderStrategy { get; init; }

    [JsonPropertyName("tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }
}
