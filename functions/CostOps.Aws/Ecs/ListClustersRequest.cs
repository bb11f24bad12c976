using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record ListClustersRequest
{
    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }

    /// <summary>1–100; the service default is 100.</summary>
    [JsonPropertyName("maxResults")]
    public int? MaxResults { get; init; }
}
