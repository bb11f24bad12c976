using System.Text.Json.Nodes;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using CostOps.Core.Targets;
using CostOps.Hosting;
using CostOps.Hosting.Events;

namespace CostOps.Scheduler;

/// <summary>
/// The scheduler with targets (COSTOPS_TARGETS). An event naming no account-region is the hub's run: it queues one worker
/// per account-region and changes nothing itself. An event naming one (a worker run, its continuation or its boundary
/// wake-up) runs the reconciler for that account-region through the role assumed there.
/// </summary>
internal sealed class HubHandler(HubFanOut hub, WorkerRuns workers) : IInvocationHandler
{
    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context)
    {
        var target = invocationEvent switch
        {
            ManualCommand m => m.Target,
            SchedulerPayload p => p.Target,
            _ => null,
        };
        if (target is null)
        {
            return await HubRunAsync(invocationEvent is ManualCommand { DryRun: true }, context).ConfigureAwait(false);
        }

        var worker = await workers.GetAsync(target.AccountId, target.Region, context.CancellationToken).ConfigureAwait(false);
        if (worker is null)
        {
            return InvocationResult.Failed(new JsonObject { ["account"] = target.AccountId, ["region"] = target.Region },
                $"{target} is not a target of {TargetConfiguration.EnvironmentVariable}: no target lists this account in this region, nor an Organizational Unit "
                + "that holds it; nothing was changed");
        }

        try
        {
            var result = await worker.Handler.HandleAsync(invocationEvent, context).ConfigureAwait(false);
            return WithTarget(result, worker.Unit);
        }
        catch (Exception ex) when (AssumeRoleRefusal(ex) is { } refusal && !context.CancellationToken.IsCancellationRequested)
        {
            var message = $"could not assume {worker.Unit.RoleArn} in account {worker.Unit.AccountId} ({worker.Unit.Region}): {refusal.ErrorCode}: {refusal.ErrorMessage}; "
                + "nothing was changed in this account-region, the other targets are not affected";
            worker.Log.Write(LogLevel.Error, "scheduler.assume_role_failed", message,
                [new("role", worker.Unit.RoleArn), new("error", refusal.ErrorCode), new("awsMessage", refusal.ErrorMessage)]);
            context.Metrics.Add("TargetsFailed", 1, MetricUnit.Count);
            return InvocationResult.Failed(
                new JsonObject { ["account"] = worker.Unit.AccountId, ["region"] = worker.Unit.Region, ["role"] = worker.Unit.RoleArn, ["error"] = message },
                $"{worker.Unit}: {message}");
        }
    }

    private async Task<InvocationResult> HubRunAsync(bool dryRun, InvocationContext context)
    {
        var summary = await hub.RunAsync(dryRun, context.CancellationToken).ConfigureAwait(false);
        var body = new JsonObject
        {
            ["targets"] = summary.Targets,
            ["workersStarted"] = summary.WorkersStarted,
            ["targetsFailed"] = summary.TargetsFailed,
            ["dryRun"] = summary.DryRun,
            ["failures"] = new JsonArray([.. summary.Failures.Select(f => (JsonNode)new JsonObject { ["target"] = f.Target, ["error"] = f.Error })]),
        };
        return summary.Succeeded
            ? InvocationResult.Succeeded(body)
            : InvocationResult.Failed(body, $"{summary.TargetsFailed} of the targets could not be handed to a worker: "
                + string.Join("; ", summary.Failures.Take(3).Select(f => $"{f.Target}: {f.Error}")) + (summary.TargetsFailed > 3 ? "; …" : string.Empty));
    }

    /// <summary>The run's body with the worker's account and region first.</summary>
    private static InvocationResult WithTarget(InvocationResult result, AccountRegion unit)
    {
        var body = JsonNode.Parse(result.Utf8Json.Span) as JsonObject ?? [];
        var withTarget = new JsonObject { ["account"] = unit.AccountId, ["region"] = unit.Region };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            withTarget[key] = value;
        }

        return result.Failure is { } failure ? InvocationResult.Failed(withTarget, $"{unit}: {failure}") : InvocationResult.Succeeded(withTarget);
    }

    /// <summary>The STS refusal behind a failed run, if that is what failed it.</summary>
    private static AwsServiceException? AssumeRoleRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is AwsServiceException { Operation: "AssumeRole" } refusal)
            {
                return refusal;
            }

            if (ex is AggregateException { InnerExceptions: [var only] })
            {
                ex = new Exception(null, only);
            }
        }

        return null;
    }
}
