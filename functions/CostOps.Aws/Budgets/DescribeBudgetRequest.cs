using System.Text.Json.Serialization;

namespace CostOps.Aws.Budgets;

public sealed record DescribeBudgetRequest
{
    [JsonPropertyName("AccountId")]
    public required string AccountId { get; init; }

    [JsonPropertyName("BudgetName")]
    public required string BudgetName { get; init; }
}
