using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>DimensionValuesWithAttributes</c>: for a LINKED_ACCOUNT value, <c>Attributes["description"]</c> is the account's name.</summary>
public sealed record DimensionValuesWithAttributes
{
    [JsonPropertyName("Value")]
    public string? Value { get; init; }

    [JsonPropertyName("Attributes")]
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
