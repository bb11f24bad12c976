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
/// <param name="worker">True for a worker of a hub scheduler, whose events name its account-region; false in single-account mode, which refuses them.</param>
internal sealed class SchedulerHandler(SchedulerReconciler reconciler, AwsCallStatistics calls, bool worker = false) : IInvocationHandler
{
    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        var target = (invocationEvent as ManualCommand)?.Target ?? (invocationEvent as SchedulerPayload)?.Target;
        if (target is not null && !worker)
        {
            return InvocationResult.Failed(new JsonObject { ["account"] = target.AccountId, ["region"] = target.Region },
                $"this scheduler manages its own account and region only ({Core.Targets.TargetConfiguration.EnvironmentVariable} is not set): "
                + $"the run for {target} was not made; set {Core.Targets.TargetConfiguration.EnvironmentVariable} to schedule other accounts");
        }

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
