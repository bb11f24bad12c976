using System.Text.Json.Serialization;

namespace CostOps.Aws.AutoScaling;

public sealed record DescribeScalableTargetsRequest
{
    [JsonPropertyName("ServiceNamespace")]
    public required string ServiceNamespace { get; init; }

    /// <summary>At most 50 resource ids, e.g. <c>service/my-cluster/my-service</c>.</summary>
    [JsonPropertyName("ResourceIds")]
    public IReadOnlyList<string>? ResourceIds { get; init; }

    [JsonPropertyName("ScalableDimension")]
    public string? ScalableDimension { get; init; }

    /// <summary>1–50.</summary>
    [JsonPropertyName("MaxResults")]
    public int? MaxResults { get; init; }

    [JsonPropertyName("NextToken")]
    public string? NextToken { get; init; }
}
