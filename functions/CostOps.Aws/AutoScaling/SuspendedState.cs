using System.Text.Json.Serialization;

namespace CostOps.Aws.AutoScaling;

/// <summary>Application Auto Scaling <c>SuspendedState</c>: which scaling activities are paused.</summary>
public sealed record SuspendedState
{
    [JsonPropertyName("DynamicScalingInSuspended")]
    public bool? DynamicScalingInSuspended { get; init; }

    [JsonPropertyName("DynamicScalingOutSuspended")]
    public bool? DynamicScalingOutSuspended { get; init; }

    [JsonPropertyName("ScheduledScalingSuspended")]
    public bool? ScheduledScalingSuspended { get; init; }
}
