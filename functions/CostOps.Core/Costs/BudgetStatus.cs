namespace CostOps.Core.Costs;

/// <summary>A budget's spend so far against its limit (amounts in <paramref name="Currency"/>).</summary>
/// <param name="PercentUsed">Null when the limit is 0.</param>
public sealed record BudgetStatus(string Name, string TimeUnit, decimal Actual, decimal Limit, string Currency, decimal? PercentUsed, decimal? Forecast, decimal? ForecastPercent)
{
    public static BudgetStatus From(Budgets.BudgetSnapshot b) => new(
        b.Name,
        b.TimeUnit,
        b.Actual,
        b.Limit,
        b.Currency,
        b.Limit == 0m ? null : b.Actual / b.Limit * 100m,
        b.Forecast,
        b.Forecast is { } f && b.Limit != 0m ? f / b.Limit * 100m : null);
}
