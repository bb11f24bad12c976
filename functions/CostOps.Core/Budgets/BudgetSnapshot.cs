namespace CostOps.Core.Budgets;

/// <summary>One AWS budget as last calculated by AWS Budgets (amounts in <paramref name="Currency"/>).</summary>
/// <param name="PeriodStart">First day of the current budget period.</param>
/// <param name="PeriodEnd">Last day of the current budget period (inclusive).</param>
/// <param name="Forecast">AWS's forecasted spend for the period, if it has one.</param>
public sealed record BudgetSnapshot(
    string Name,
    string TimeUnit,
    decimal Limit,
    string Currency,
    decimal Actual,
    decimal? Forecast,
    DateOnly PeriodStart,
    DateOnly PeriodEnd);
