using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>GroupDefinition</c>: Type DIMENSION, TAG or COST_CATEGORY and its Key.</summary>
public sealed record GroupDefinition
{
    [JsonPropertyName("Type")]
    public string? Type { get; init; }

    [JsonPropertyName("Key")]
    public string? Key { get; init; }
}
