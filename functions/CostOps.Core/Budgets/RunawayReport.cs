namespace CostOps.Core.Budgets;

/// <summary>The runaway-guard lines for an alert on a budget at risk, or why they could not be read.</summary>
public sealed record RunawayReport(IReadOnlyList<string> Lines, string? Unavailable);
