using System.Globalization;

namespace CostOps.Core.Budgets;

/// <summary>Ledger keys for budget alerts: one per budget, period, spend kind and threshold, and one claim per budget and period.</summary>
public static class BudgetLedgerKey
{
    /// <summary>
    /// How long a run holds a budget's claim at most: the longest Lambda timeout (900 s). A run that ends releases it at once;
    /// one that dies mid-way blocks that budget's alerts only until it expires.
    /// </summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// e.g. <c>budget#monthly-total#2026-03-01#claim</c>: held by the one run that decides and sends this budget's alert for the period,
    /// so overlapping runs never split one crossing into two alerts.
    /// </summary>
    public static string Claim(BudgetSnapshot budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return $"budget#{Owner(budget)}{budget.Name}#{budget.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}#claim";
    }

    /// <summary>e.g. <c>budget#monthly-total#2026-03-01#actual#40usd</c>; a member account's budget has its account first: <c>budget#111111111111#monthly-total#…</c>.</summary>
    public static string For(BudgetSnapshot budget, BudgetThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(threshold);
        var period = budget.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kind = threshold.Kind == SpendKind.Actual ? "actual" : "forecast";
        return $"budget#{Owner(budget)}{budget.Name}#{period}#{kind}#{threshold.KeyPart}";
    }

    /// <summary>"" for the function's own account (keys as they always were), "111111111111#" for another account's budget.</summary>
    private static string Owner(BudgetSnapshot budget) => string.IsNullOrEmpty(budget.AccountId) ? string.Empty : budget.AccountId + "#";

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
