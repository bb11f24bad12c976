using System.Text.Json;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using CostOps.Core.Spot;
using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.SpotManager;

/// <summary>
/// One invocation: an "ECS Service Action" or "ECS Task State Change" event handles that one service; a scheduled
/// event or <c>{"command":"run"}</c> is the periodic tick over every managed service.
/// </summary>
internal sealed class SpotManagerHandler(Core.Spot.SpotManager manager, AwsCallStatistics calls) : IInvocationHandler
{
    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        var callsBefore = calls.TotalCalls;
        var ct = context.CancellationToken;
        var summary = invocationEvent switch
        {
            EcsServiceActionEvent e => await manager.PlacementFailureAsync(e.ClusterArn, e.ServiceArn,
                new SpotPlacementFailure(e.Id, e.CreatedAt ?? e.Time, e.EventName, e.Reason, e.CapacityProviderArns), ct).ConfigureAwait(false),
            EcsTaskStateChangeEvent e => await manager.TaskStoppedAsync(e.ClusterArn, e.ServiceName,
                new SpotTaskStop(e.Id, e.TaskArn, e.Version, e.StopCode, e.StoppedReason, e.StoppedAt ?? e.Time), ct).ConfigureAwait(false),
            ManualCommand manual => await manager.TickAsync(ct, manual.DryRun).ConfigureAwait(false),
            _ => await manager.TickAsync(ct).ConfigureAwait(false),
        };
        var apiCalls = calls.TotalCalls - callsBefore;
        context.Metrics.Add("ApiCalls", apiCalls, MetricUnit.Count);

        var body = JsonSerializer.SerializeToNode(summary, SpotJsonContext.Default.SpotRunSummary)!.AsObject();
        body["apiCalls"] = apiCalls;
        return summary.Succeeded
            ? InvocationResult.Succeeded(body)
            : InvocationResult.Failed(body, summary.RunError ?? $"{summary.Failed} Spot change(s) failed; they are retried on the next tick");
    }
}
