using System.Collections.Concurrent;
using CostOps.Aws;
using CostOps.Aws.Adapters;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Schedules;
using CostOps.Core.Targets;
using CostOps.Core.Targets.Ports;

namespace CostOps.Scheduler;

/// <summary>
/// The reconciler of each account-region a worker event names, built on first use and kept for the warm container:
/// ECS and Application Auto Scaling through the role assumed in that account (<see cref="AwsAccess.ForTarget"/>, with its
/// own rate limits and call statistics), state, continuations and the wake-up schedule in the hub.
/// </summary>
internal sealed class WorkerRuns(
    AwsAccess hub,
    TargetConfiguration targets,
    IOrganizationReader organization,
    WorkerSettings settings,
    IMetricSink metrics,
    IStructuredLog log,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Account, string Region), Worker> _workers = new();

    /// <summary>The worker of <paramref name="account"/> in <paramref name="region"/>, or null when no target reaches it.</summary>
    public async Task<Worker?> GetAsync(string account, string region, CancellationToken cancellationToken)
    {
        if (_workers.TryGetValue((account, region), out var known))
        {
            return known;
        }

        // Only a configured target runs: a worker event for any other account-region changes nothing.
        if (await TargetResolver.FindAsync(targets, organization, account, region, cancellationToken).ConfigureAwait(false) is not { } unit)
        {
            return null;
        }

        return _workers.GetOrAdd((account, region), _ => Build(unit));
    }

    private Worker Build(AccountRegion unit)
    {
        var session = AssumedRoleCredentialSource.SessionName(settings.FunctionName);
        var aws = hub.ForTarget(unit.AccountId, unit.Region, unit.RoleArn, unit.ExternalId, session);
        var workerLog = new TargetLog(log, unit.AccountId, unit.Region);
        var scope = new EcsInventoryOptions { Clusters = unit.Scope.Clusters, ClusterTagKey = unit.Scope.TagKey, ClusterTagValue = unit.Scope.TagValue };
        var wakeUp = settings.WakeUp is { } w ? new EventBridgeBoundaryWakeUp(hub.Scheduler, w with { Account = unit.AccountId, Region = unit.Region }) : null;
        var ports = new SchedulerPorts(
            new EcsServiceInventory(aws.Ecs, scope, workerLog),
            new EcsServiceCapacity(aws.Ecs),
            new AutoScalingServiceScaling(aws.AutoScaling),
            new EcsServiceTagger(aws.Ecs),
            new LambdaRunContinuation(hub.Lambda, settings.FunctionName, unit.AccountId, unit.Region),
            settings.Store,
            settings.Store,
            wakeUp);
        var options = settings.Options with { Account = unit.AccountId, Region = unit.Region };
        var reconciler = new SchedulerReconciler(new ScheduleDecider(settings.Schedules), ports, options, metrics, workerLog, time);
        return new Worker(unit, new SchedulerHandler(reconciler, aws.Transport.Statistics, worker: true), workerLog);
    }

    internal sealed record Worker(AccountRegion Unit, SchedulerHandler Handler, IStructuredLog Log);
}
