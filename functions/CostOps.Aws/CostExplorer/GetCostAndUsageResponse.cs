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

    /// <summary>Attributes of the dimension values in the answer: the account names when grouped by LINKED_ACCOUNT.</summary>
    [JsonPropertyName("DimensionValueAttributes")]
    public IReadOnlyList<DimensionValuesWithAttributes>? DimensionValueAttributes { get; init; }
}
