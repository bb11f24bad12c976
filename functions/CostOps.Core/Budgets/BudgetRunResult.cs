namespace CostOps.Core.Budgets;

/// <summary>What one run of the budget alerts function did; the Lambda returns it as JSON (<see cref="BudgetJsonContext"/>).</summary>
/// <param name="Notes">Run-wide remarks, e.g. a watched budget name that does not exist.</param>
public sealed record BudgetRunResult(
    DateTimeOffset CheckedAt,
    int BudgetsChecked,
    int AlertsSent,
    IReadOnlyList<BudgetCheckResult> Budgets,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when a budget failed or was skipped: the invocation should report failure so alarms fire.</summary>
    public bool HasErrors => Budgets.Any(b => b.Errors.Count > 0);
}
