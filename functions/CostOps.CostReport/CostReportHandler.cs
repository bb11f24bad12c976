using System.Text.Json.Nodes;
using CostOps.Core.Costs;
using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.CostReport;

/// <summary>Sends the weekly report: the last full week on the weekly schedule, or the week a manual <c>report</c> names.</summary>
internal sealed class CostReportHandler(WeeklyReportService service) : IInvocationHandler
{
    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        var week = (invocationEvent as ManualCommand)?.IsoWeek;
        var result = await service.RunAsync(week, context.CancellationToken).ConfigureAwait(false);
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
