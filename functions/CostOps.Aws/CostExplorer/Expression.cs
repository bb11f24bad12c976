using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer filter <c>Expression</c>: set exactly one member per level.</summary>
public sealed record Expression
{
    [JsonPropertyName("Or")]
    public IReadOnlyList<Expression>? Or { get; init; }

    [JsonPropertyName("And")]
    public IReadOnlyList<Expression>? And { get; init; }

    [JsonPropertyName("Not")]
    public Expression? Not { get; init; }

    [JsonPropertyName("Dimensions")]
    public DimensionValues? Dimensions { get; init; }

    [JsonPropertyName("Tags")]
    public TagValues? Tags { get; init; }
}
