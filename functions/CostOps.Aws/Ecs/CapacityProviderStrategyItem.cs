using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>CapacityProviderStrategyItem</c>, e.g. <c>FARGATE</c> / <c>FARGATE_SPOT</c> with weight 0–1000 and base 0–100000.</summary>
public sealed record CapacityProviderStrategyItem
{
    [JsonPropertyName("capacityProvider")]
    public required string CapacityProvider { get; init; }

    [JsonPropertyName("weight")]
    public int? Weight { get; init; }

    [JsonPropertyName("base")]
    public int? Base { get; init; }
}
