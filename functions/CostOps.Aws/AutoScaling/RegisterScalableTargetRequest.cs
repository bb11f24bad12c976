using System.Text.Json.Serialization;

namespace CostOps.Aws.AutoScaling;

/// <summary>Creates or updates a scalable target; members left null keep their current value.</summary>
public sealed record RegisterScalableTargetRequest
{
    [JsonPropertyName("ServiceNamespace")]
    public required string ServiceNamespace { get; init; }

    [JsonPropertyName("ResourceId")]
    public required string ResourceId { get; init; }

    [JsonPropertyName("ScalableDimension")]
    public required string ScalableDimension { get; init; }

    [JsonPropertyName("MinCapacity")]
    public int? MinCapacity { get; init; }

    [JsonPropertyName("MaxCapacity")]
    public int? MaxCapacity { get; init; }

    [JsonPropertyName("SuspendedState")]
    public SuspendedState? SuspendedState { get; init; }
}
