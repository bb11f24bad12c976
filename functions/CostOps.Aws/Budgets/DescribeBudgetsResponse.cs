using System.Text.Json.Serialization;

namespace CostOps.Aws.Budgets;

public sealed record DescribeBudgetsResponse
{
    [JsonPropertyName("Budgets")]
    public IReadOnlyList<Budget>? Budgets { get; init; }

    [JsonPropertyName("NextToken")]
    public string? NextToken { get; init; }
}
