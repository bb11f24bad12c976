using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record DescribeClustersRequest
{
    /// <summary>Up to 100 cluster names or ARNs; none means the default cluster.</summary>
    [JsonPropertyName("clusters")]
    public IReadOnlyList<string>? Clusters { get; init; }

    /// <summary>ATTACHMENTS, CONFIGURATIONS, SETTINGS, STATISTICS, TAGS.</summary>
    [JsonPropertyName("include")]
    public IReadOnlyList<string>? Include { get; init; }
}
