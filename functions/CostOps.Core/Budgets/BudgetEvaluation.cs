namespace CostOps.Core.Budgets;

/// <summary>What one budget's figures say against the configured thresholds.</summary>
/// <param name="Crossed">Thresholds reached, highest first (see <see cref="BudgetThresholdEvaluator.EscalationOrder"/>).</param>
/// <param name="Notes">Thresholds that could not be checked and why (non-USD budget, no limit, no forecast, odd period).</param>
/// <param name="Blocker">Set when the budget cannot be alerted on at all (no name, no period start); nothing else is then checked.</param>
public sealed record BudgetEvaluation(
    IReadOnlyList<CrossedThreshold> Crossed,
    IReadOnlyList<string> Notes,
    string? Blocker);
