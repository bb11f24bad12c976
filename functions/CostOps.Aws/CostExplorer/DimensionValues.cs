using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>DimensionValues</c>: e.g. Key SERVICE, Values ["Amazon Elastic Container Service"].</summary>
public sealed record DimensionValues
{
    [JsonPropertyName("Key")]
    public string? Key { get; init; }

    [JsonPropertyName("Values")]
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>EQUALS, ABSENT, STARTS_WITH, ENDS_WITH, CONTAINS, CASE_SENSITIVE, CASE_INSENSITIVE.</summary>
    [JsonPropertyName("MatchOptions")]
    public IReadOnlyList<string>? MatchOptions { get; init; }
}
