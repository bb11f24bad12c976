using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>Deployment</c>: one rollout of a service.</summary>
public sealed record Deployment
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>PRIMARY, ACTIVE or INACTIVE.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("taskDefinition")]
    public string? TaskDefinition { get; init; }

    [JsonPropertyName("desiredCount")]
    public int? DesiredCount { get; init; }

    [JsonPropertyName("pendingCount")]
    public int? PendingCount { get; init; }

    [JsonPropertyName("runningCount")]
    public int? RunningCount { get; init; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; init; }

    [JsonPropertyName("capacityProviderStrategy")]
    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    [JsonPropertyName("launchType")]
    public string? LaunchType { get; init; }

    /// <summary>COMPLETED, FAILED or IN_PROGRESS; a service mid-rollout should be left alone.</summary>
    [JsonPropertyName("rolloutState")]
    public string? RolloutState { get; init; }

    [JsonPropertyName("rolloutStateReason")]
    public string? RolloutStateReason { get; init; }
}
