namespace CostOps.Core.Costs;

/// <summary>The computed weekly report: every figure the renderers show, unrounded.</summary>
public sealed record WeeklyReport
{
    public const decimal CostPerCostExplorerRequest = 0.01m;

    public required ReportWindow Window { get; init; }

    public required string Metric { get; init; }

    public required string TagKey { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Null when Cost Explorer could not be used; <see cref="CostExplorerProblem"/> then says why.</summary>
    public SpendTotals? Totals { get; init; }

    public string? CostExplorerProblem { get; init; }

    /// <summary>The 14 days, oldest first; empty when Cost Explorer could not be used.</summary>
    public IReadOnlyList<DaySpend> Daily { get; init; } = [];

    public IReadOnlyList<GroupSpend> TopServices { get; init; } = [];

    /// <summary>Spend of the services not listed in <see cref="TopServices"/>.</summary>
    public GroupSpend? OtherServices { get; init; }

    public IReadOnlyList<GroupSpend> Movers { get; init; } = [];

    public IReadOnlyList<GroupSpend> TagSplit { get; init; } = [];

    public string? TagProblem { get; init; }

    public IReadOnlyList<CurrencyAmount> OtherCurrencies { get; init; } = [];

    /// <summary>Cost Explorer's forecast of the rest of the month, from the day the report was made.</summary>
    public CostForecast? Forecast { get; init; }

    /// <summary>Month to date + <see cref="Forecast"/>; null when the month so far is not covered by the fetched spend.</summary>
    public MonthEndForecast? MonthEnd { get; init; }

    /// <summary>Budgets whose forecast reaches their limit.</summary>
    public IReadOnlyList<BudgetStatus> OverBudget => [.. Budgets.Where(b => b.ForecastPercent >= 100m)];

    public string? ForecastProblem { get; init; }

    public IReadOnlyList<BudgetStatus> Budgets { get; init; } = [];

    public string? BudgetProblem { get; init; }

    public required SavingsSummary Savings { get; init; }

    /// <summary>Fargate Spot savings from the bill's usage types; null when the week billed no Fargate Spot usage.</summary>
    public SpotBillSavings? SpotFromBill { get; init; }

    public required SchedulerActivitySummary Activity { get; init; }

    /// <summary>Spend, savings and activity per account when the report covers several accounts; null for a single account.</summary>
    public AccountBreakdown? Accounts { get; init; }

    /// <summary>Data caveats for readers (estimated days, missing amounts, other currencies).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Anomalies, right-sizing, runaway guard and long overrides; null when no insights source is configured.</summary>
    public Insights.ReportInsights? Insights { get; init; }

    public int CostExplorerRequests { get; init; }

    public decimal CostExplorerCost => CostExplorerRequests * CostPerCostExplorerRequest;
}
