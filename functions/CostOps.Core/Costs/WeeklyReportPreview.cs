namespace CostOps.Core.Costs;

/// <summary>A weekly report rendered without being sent, stored or recorded.</summary>
/// <param name="CostExplorerRequests">Paid Cost Explorer requests made ($0.01 each).</param>
/// <param name="CostExplorerProblem">Why the report has no cost data, when Cost Explorer could not answer.</param>
public sealed record WeeklyReportPreview(IsoWeek Week, string Subject, string Text, int CostExplorerRequests, string? CostExplorerProblem)
{
    public decimal CostExplorerCost => CostExplorerRequests * WeeklyReport.CostPerCostExplorerRequest;
}
