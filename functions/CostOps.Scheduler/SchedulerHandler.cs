using System.Text.Json;
using System.Text.Json.Nodes;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.Scheduler;

/// <summary>
/// Runs one reconciliation. The triggering event only says "look now"; a manual <c>run</c> may ask for a
/// dry run or carry the continuation token of a run that used up its time budget.
/// </summary>
internal sealed class SchedulerHandler(SchedulerReconciler reconciler, AwsCallStatistics calls) : IInvocationHandler
{
    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        var request = invocationEvent is ManualCommand manual
            ? new SchedulerRunRequest(manual.Continuation, manual.DryRun)
            : new SchedulerRunRequest();

        // The statistics live as long as the warm container: report this invocation's share.
        var callsBefore = calls.TotalCalls;
        var throttlesBefore = calls.TotalThrottles;
        var summary = await reconciler.RunAsync(request, context.CancellationToken).ConfigureAwait(false);
        var apiCalls = calls.TotalCalls - callsBefore;
        var throttles = calls.TotalThrottles - throttlesBefore;
        context.Metrics.Add("ApiCalls", apiCalls, MetricUnit.Count);
        context.Metrics.Add("Throttles", throttles, MetricUnit.Count);

        var body = JsonSerializer.SerializeToNode(summary, SchedulerJsonContext.Default.SchedulerRunSummary)!.AsObject();
        body["apiCalls"] = apiCalls;
        body["throttles"] = throttles;
        return summary.Succeeded
            ? InvocationResult.Succeeded(body)
            : InvocationResult.Failed(body, summary.RunError ?? $"{summary.Failed} service(s) failed; they are retried on the next run");
    }
}
