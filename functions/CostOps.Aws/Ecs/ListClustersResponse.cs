using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record ListClustersResponse
{
    [JsonPropertyName("clusterArns")]
    public IReadOnlyList<string>? ClusterArns { get; init; }

    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }
}
