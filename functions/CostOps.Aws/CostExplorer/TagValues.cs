using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>TagValues</c>: a cost allocation tag key and the values to match.</summary>
public sealed record TagValues
{
    [JsonPropertyName("Key")]
    public string? Key { get; init; }

    [JsonPropertyName("Values")]
    public IReadOnlyList<string>? Values { get; init; }

    [JsonPropertyName("MatchOptions")]
    public IReadOnlyList<string>? MatchOptions { get; init; }
}
