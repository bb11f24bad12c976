using CostOps.Core.Insights;

namespace CostOps.Core.Budgets;

/// <summary>The anomalies of a budget period for an alert, or why they could not be read.</summary>
public sealed record AnomalyReport(AnomalyFindings? Findings, string? Unavailable);
