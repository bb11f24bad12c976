using System.Text.Json.Serialization;

namespace CostOps.Aws.Budgets;

public sealed record DescribeBudgetResponse
{
    [JsonPropertyName("Budget")]
    public Budget? Budget { get; init; }
}
