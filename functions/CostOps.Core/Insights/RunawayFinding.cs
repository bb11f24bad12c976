namespace CostOps.Core.Insights;

/// <summary>A service that could run away: its ceiling costs more than its budget a month, or it has no ceiling.</summary>
/// <param name="MonthlyAtMax">USD a month at the maximum, running all month; null when there is no maximum.</param>
public sealed record RunawayFinding(string Service, int? MaxCapacity, decimal? MonthlyAtMax, string? BudgetName, decimal? BudgetLimit, string Line);
