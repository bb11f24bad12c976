using System.Text.Json.Serialization;

namespace CostOps.Aws.AutoScaling;

public sealed record DescribeScalableTargetsResponse
{
    [JsonPropertyName("ScalableTargets")]
    public IReadOnlyList<ScalableTarget>? ScalableTargets { get; init; }

    [JsonPropertyName("NextToken")]
    public string? NextToken { get; init; }
}
