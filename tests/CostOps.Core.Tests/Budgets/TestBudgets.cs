using CostOps.Core.Budgets;

namespace CostOps.Core.Tests.Budgets;

internal static class TestBudgets
{
    public static BudgetSnapshot Monthly(
        decimal actual,
        decimal? forecast = null,
        decimal limit = 60m,
        string name = "monthly-total",
        string currency = "USD",
        int year = 2026,
        int month = 3)
    {
        var start = new DateOnly(year, month, 1);
        return new BudgetSnapshot(name, "MONTHLY", limit, currency, actual, forecast, start, start.AddMonths(1).AddDays(-1));
    }

    public static IReadOnlyList<BudgetThreshold> Thresholds(string text) => BudgetThresholdParser.Parse(text);
}
