namespace CostOps.Core.Budgets;

/// <summary>
/// JSON form of one threshold in COSTOPS_BUDGET_THRESHOLDS:
/// <c>{"amount": 40}</c> (USD) or <c>{"percent": 100, "on": "forecast"}</c>. <c>on</c> is actual (default), forecast or both.
/// </summary>
public sealed record ThresholdSpec(decimal? Amount, decimal? Percent, string? On);
