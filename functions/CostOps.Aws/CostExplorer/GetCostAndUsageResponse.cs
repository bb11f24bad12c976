using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

public sealed record GetCostAndUsageResponse
{
    [JsonPropertyName("NextPageToken")]
    public string? NextPageToken { get; init; }

    [JsonPropertyName("GroupDefinitions")]
    public IReadOnlyList<GroupDefinition>? GroupDefinitions { get; init; }

    [JsonPropertyName("ResultsByTime")]
    public IReadOnlyList<ResultByTime>? ResultsByTime { get; init; }
}
