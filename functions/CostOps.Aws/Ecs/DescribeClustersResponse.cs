using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record DescribeClustersResponse
{
    [JsonPropertyName("clusters")]
    public IReadOnlyList<Cluster>? Clusters { get; init; }

    [JsonPropertyName("failures")]
    public IReadOnlyList<Failure>? Failures { get; init; }
}
