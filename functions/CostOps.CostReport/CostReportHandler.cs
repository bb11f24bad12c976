using System.Text.Json.Nodes;
using CostOps.Core.Costs;
using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.CostReport;

/// <summary>
/// Sends the weekly report: the last full week on the weekly schedule, or the week a manual <c>report</c> names.
/// A manual <c>report</c> with <c>preview</c> returns the report's subject and text instead, sending nothing.
/// </summary>
internal sealed class CostReportHandler(WeeklyReportService service) : IInvocationHandler
{
    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        var manual = invocationEvent as ManualCommand;
        if (manual is { Preview: true })
        {
            var preview = await service.PreviewAsync(manual.IsoWeek, context.CancellationToken).ConfigureAwait(false);
            return InvocationResult.Succeeded(new JsonObject
            {
                ["week"] = preview.Week.ToString(),
                ["preview"] = true,
                ["sent"] = false,
                ["subject"] = preview.Subject,
                ["text"] = preview.Text,
                ["costExplorerRequests"] = preview.CostExplorerRequests,
                ["costExplorerCostUsd"] = preview.CostExplorerCost,
                ["costExplorerProblem"] = preview.CostExplorerProblem,
            });
        }

        var result = await service.RunAsync(manual?.IsoWeek, context.CancellationToken).ConfigureAwait(false);
        return InvocationResult.Succeeded(new JsonObject
        {
            ["week"] = result.Week.ToString(),
            ["sent"] = result.Sent,
            ["why"] = result.Why,
            ["costExplorerRequests"] = result.CostExplorerRequests,
            ["costExplorerCostUsd"] = result.CostExplorerCost,
            ["messageId"] = result.MessageId,
            ["htmlLink"] = result.HtmlLink?.ToString(),
        });
    }
}
