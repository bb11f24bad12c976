namespace CostOps.Core.Budgets;

/// <summary>A threshold a budget has reached.</summary>
/// <param name="Amount">The threshold in the budget's own currency (a percentage resolved against the limit).</param>
/// <param name="Spend">The figure that reached it: actual or forecasted spend.</param>
public sealed record CrossedThreshold(BudgetThreshold Threshold, decimal Amount, decimal Spend);
