using System.Text.Json.Serialization;

namespace CostOps.Aws.Budgets;

/// <summary>Budgets <c>Spend</c>: Amount is a decimal string on the wire (e.g. "100.0"), Unit e.g. "USD".</summary>
public sealed record Spend
{
    [JsonPropertyName("Amount")]
    public required string Amount { get; init; }

    [JsonPropertyName("Unit")]
    public required string Unit { get; init; }
}
