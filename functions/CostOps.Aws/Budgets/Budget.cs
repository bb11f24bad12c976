using System.Text.Json.Serialization;

namespace CostOps.Aws.Budgets;

/// <summary>Budgets <c>Budget</c>; BudgetName, TimeUnit and BudgetType are required by the model.</summary>
public sealed record Budget
{
    [JsonPropertyName("BudgetName")]
    public required string BudgetName { get; init; }

    /// <summary>Absent for budgets that use PlannedBudgetLimits or auto-adjust.</summary>
    [JsonPropertyName("BudgetLimit")]
    public Spend? BudgetLimit { get; init; }

    /// <summary>Dimension name (e.g. Service, TagKeyValue) to values.</summary>
    [JsonPropertyName("CostFilters")]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? CostFilters { get; init; }

    /// <summary>DAILY, MONTHLY, QUARTERLY or ANNUALLY.</summary>
    [JsonPropertyName("TimeUnit")]
    public required string TimeUnit { get; init; }

    [JsonPropertyName("TimePeriod")]
    public TimePeriod? TimePeriod { get; init; }

    [JsonPropertyName("CalculatedSpend")]
    public CalculatedSpend? CalculatedSpend { get; init; }

    /// <summary>USAGE, COST, RI_UTILIZATION, RI_COVERAGE, SAVINGS_PLANS_UTILIZATION, SAVINGS_PLANS_COVERAGE.</summary>
    [JsonPropertyName("BudgetType")]
    public required string BudgetType { get; init; }

    [JsonPropertyName("LastUpdatedTime")]
    public DateTimeOffset? LastUpdatedTime { get; init; }
}
