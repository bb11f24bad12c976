using System.Globalization;
using CostOps.Aws.Budgets;
using CostOps.Core.Budgets;

namespace CostOps.Aws.Adapters;

/// <summary>Reads the account's cost budgets (every page) as AWS Budgets last calculated them.</summary>
/// <remarks>
/// Budgets reports a budget's original start in TimePeriod, not the current period, so the current
/// period is derived from the time unit and today's UTC date (AWS Budgets works in UTC).
/// Usage, RI and Savings Plans budgets are not money and are left out.
/// </remarks>
public sealed class BudgetsSource(IBudgetsClient client, string accountId, TimeProvider time) : IBudgetSource
{
    public async Task<IReadOnlyList<BudgetSnapshot>> ListAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var budgets = new List<BudgetSnapshot>();
        await foreach (var page in client.DescribeBudgetsAllAsync(new DescribeBudgetsRequest { AccountId = accountId, MaxResults = 100 }, cancellationToken).ConfigureAwait(false))
        {
            foreach (var budget in page.Budgets ?? [])
            {
                if (!string.Equals(budget.BudgetType, "COST", StringComparison.Ordinal))
                {
                    continue;
                }

                var (start, end) = CurrentPeriod(budget.TimeUnit, today);
                budgets.Add(new BudgetSnapshot(
                    budget.BudgetName,
                    budget.TimeUnit,
                    WireAmount.Parse(budget.BudgetLimit?.Amount) ?? 0m,
                    budget.BudgetLimit?.Unit ?? budget.CalculatedSpend?.ActualSpend.Unit ?? "USD",
                    WireAmount.Parse(budget.CalculatedSpend?.ActualSpend.Amount) ?? 0m,
                    WireAmount.Parse(budget.CalculatedSpend?.ForecastedSpend?.Amount),
                    start,
                    end)
                {
                    LinkedAccounts = budget.CostFilters?.GetValueOrDefault("LinkedAccount") ?? [],
                });
            }
        }

        return budgets;
    }

    internal static (DateOnly Start, DateOnly End) CurrentPeriod(string timeUnit, DateOnly today) => timeUnit switch
    {
        "DAILY" => (today, today),
        "QUARTERLY" => Quarter(today),
        "ANNUALLY" => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
        _ => (new DateOnly(today.Year, today.Month, 1), new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1)),
    };

    private static (DateOnly Start, DateOnly End) Quarter(DateOnly today)
    {
        var start = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return (start, start.AddMonths(3).AddDays(-1));
    }
}
