using System.Text.Json.Serialization;

namespace CostOps.Aws.AutoScaling;

/// <summary>Application Auto Scaling <c>ScalableTarget</c>; the model marks every member but SuspendedState required.</summary>
public sealed record ScalableTarget
{
    [JsonPropertyName("ServiceNamespace")]
    public required string ServiceNamespace { get; init; }

    [JsonPropertyName("ResourceId")]
    public required string ResourceId { get; init; }

    [JsonPropertyName("ScalableDimension")]
    public required string ScalableDimension { get; init; }

    [JsonPropertyName("MinCapacity")]
    public required int MinCapacity { get; init; }

    [JsonPropertyName("MaxCapacity")]
    public required int MaxCapacity { get; init; }

    [JsonPropertyName("RoleARN")]
    public required string RoleARN { get; init; }

    [JsonPropertyName("CreationTime")]
    public required DateTimeOffset CreationTime { get; init; }

    [JsonPropertyName("SuspendedState")]
    public SuspendedState? SuspendedState { get; init; }
}
