namespace CostOps.Core.Costs;

/// <summary>What one run of the weekly report did.</summary>
/// <param name="Sent">False when skipped (already sent for the week).</param>
/// <param name="Why">One line for logs and callers.</param>
/// <param name="CostExplorerRequests">Paid Cost Explorer requests made ($0.01 each).</param>
public sealed record WeeklyReportResult(IsoWeek Week, bool Sent, string Why, int CostExplorerRequests, string? MessageId, Uri? HtmlLink)
{
    public decimal CostExplorerCost => CostExplorerRequests * WeeklyReport.CostPerCostExplorerRequest;
}
