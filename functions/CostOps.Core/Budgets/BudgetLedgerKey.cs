using System.Globalization;

namespace CostOps.Core.Budgets;

/// <summary>Ledger keys for budget alerts: one per budget, period, spend kind and threshold.</summary>
public static class BudgetLedgerKey
{
    /// <summary>e.g. <c>budget#monthly-total#2026-03-01#actual#40usd</c>.</summary>
    public static string For(BudgetSnapshot budget, BudgetThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(threshold);
        var period = budget.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kind = threshold.Kind == SpendKind.Actual ? "actual" : "forecast";
        return $"budget#{budget.Name}#{period}#{kind}#{threshold.KeyPart}";
    }

    /// <summary>Midnight UTC after the period's last day, plus the retention. A period ending before it starts is treated as ending on its start day.</summary>
    public static DateTimeOffset ExpiresAt(BudgetSnapshot budget, TimeSpan retention)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var lastDay = budget.PeriodEnd < budget.PeriodStart ? budget.PeriodStart : budget.PeriodEnd;
        var end = lastDay == DateOnly.MaxValue
            ? DateTimeOffset.MaxValue
            : new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return end > DateTimeOffset.MaxValue - retention ? DateTimeOffset.MaxValue : end + retention;
    }
}
