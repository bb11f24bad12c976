using System.Text.Json;
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
        context.Metrics.Add("ApiCalls", calls.TotalCalls - callsBefore, MetricUnit.Count);
        context.Metrics.Add("Throttles", calls.TotalThrottles - throttlesBefore, MetricUnit.Count);

        var body = JsonSerializer.SerializeToUtf8Bytes(summary, SchedulerJsonContext.Default.SchedulerRunSummary);
        return summary.Succeeded
            ? InvocationResult.Succeeded(body)
            : InvocationResult.Failed(body, summary.RunError ?? $"{summary.Failed} service(s) failed; they are retried on the next run");
    }
}
