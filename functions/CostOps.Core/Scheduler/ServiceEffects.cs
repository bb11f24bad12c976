using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Scheduler;

/// <summary>
/// Every change one run makes to one service goes through here: state writes are conditional on the
/// version this run last saw, and in a dry run nothing is sent while the tracked state still advances,
/// so the reported actions are the ones a real run would take.
/// </summary>
internal sealed class ServiceEffects(
    ManagedService service,
    ServiceState? stored,
    bool dryRun,
    DateTimeOffset now,
    TimeProvider time,
    SchedulerPorts ports,
    SchedulerOptions options,
    IMetricSink metrics)
{
    public ManagedService Service => service;

    public ServiceState? Current { get; private set; } = stored;

    public DateTimeOffset Now => now;

    public bool DryRun => dryRun;

    private bool _claimed;

    /// <summary>Mutating calls and writes actually sent (0 in a dry run).</summary>
    public int Mutations { get; private set; }

    /// <summary>Saves <paramref name="next"/> if nobody else wrote since this run read the state.</summary>
    /// <remarks>
    /// The state is stamped with the time of the write, not the time this run began deciding: an overlapping
    /// run compares the stamp with when it listed the service, and a write after its listing must show as such.
    /// </remarks>
    /// <returns>false when another run won the race: the caller must leave the service alone.</returns>
    public async Task<bool> SaveAsync(ServiceState next, CancellationToken cancellationToken)
    {
        var expected = Current?.Version ?? 0;
        var versioned = next with { Ref = service.Ref, Version = expected + 1, UpdatedAt = time.GetUtcNow() };
        if (!dryRun)
        {
            Mutations++;
            if (!await ports.Store.TrySaveAsync(versioned, expected, cancellationToken))
            {
                return false;
            }
        }

        Current = versioned;
        _claimed = true;
        return true;
    }

    public ServiceState NewState(ServiceStatus status) =>
        Current is null ? new ServiceState(service.Ref, status, 0, now) : Current with { Status = status };

    public SchedulerOptions Options => options;

    /// <summary>The wake routing; null when not configured.</summary>
    public IWakeRouting? Routing => ports.Routing;

    /// <summary>Set when the service's load balancer rules still wait for healthy targets: the next run should come soon.</summary>
    public bool RoutesPending { get; set; }

    public async Task PointAtWakeAsync(string ruleArn, CancellationToken cancellationToken)
    {
        await ClaimAsync(cancellationToken);
        await SendAsync(() => ports.Routing!.PointAtWakeAsync(ruleArn, cancellationToken));
    }

    public async Task RestoreRouteAsync(RuleRoute route, CancellationToken cancellationToken)
    {
        await ClaimAsync(cancellationToken);
        await SendAsync(() => ports.Routing!.RestoreAsync(route, cancellationToken));
    }

    public void Metric(string name, double value, MetricUnit unit)
    {
        if (!dryRun)
        {
            metrics.Add(name, value, unit);
        }
    }

    /// <summary>The chunk's batched reads: the first scaling read of this service is answered from them when they cover it.</summary>
    public BatchReads Reads { get; init; } = BatchReads.None;

    private bool _scalingRead;

    public Task<ScalingBounds?> ReadScalingAsync(CancellationToken cancellationToken)
    {
        var first = !_scalingRead;
        _scalingRead = true;
        return first && Reads.TryGetScaling(service.Ref.ServiceArn, out var bounds)
            ? Task.FromResult(bounds)
            : ports.Scaling.GetAsync(service.Ref, cancellationToken);
    }

    public async Task SetScalingAsync(ScalingBounds bounds, CancellationToken cancellationToken)
    {
        await ClaimAsync(cancellationToken);
        await SendAsync(() => ports.Scaling.SetAsync(service.Ref, bounds, cancellationToken));
    }

    public async Task SetDesiredCountAsync(int desiredCount, CancellationToken cancellationToken, IReadOnlyList<CapacityProviderItem>? strategy = null)
    {
        await ClaimAsync(cancellationToken);
        await SendAsync(() => strategy is null
            ? ports.Capacity.SetDesiredCountAsync(service.Ref, desiredCount, cancellationToken)
            : ports.Capacity.SetDesiredCountAsync(service.Ref, desiredCount, strategy, cancellationToken));
    }

    /// <summary>When set, activity records are collected here and written with the rest of the chunk's.</summary>
    public ActivityBatch? Activities { get; init; }

    public Task RecordAsync(ActivityKind kind, string detail, CancellationToken cancellationToken, int tasks = 0, TaskSize? size = null)
    {
        var item = new ServiceActivity(service.Ref.ServiceArn, service.Ref.ClusterName, service.Ref.ServiceName,
            options.Region, kind, now, detail, tasks, size);
        if (Activities is { } batch)
        {
            if (!dryRun)
            {
                batch.Add(item);
            }

            return Task.CompletedTask;
        }

        return SendAsync(() => ports.Activity.AppendAsync([item], cancellationToken));
    }

    /// <summary>Writes the status tag only when the value it should have differs from the one it has.</summary>
    public Task SyncStatusTagAsync(CancellationToken cancellationToken)
    {
        var wanted = Current?.Status switch
        {
            ServiceStatus.Stopped => "stopped",
            ServiceStatus.Running => "running",
            _ => null,
        };
        if (wanted is null || !options.WriteStatusTag || string.Equals(CurrentTag(), wanted, StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        return SendAsync(() => ports.Tagger.TagAsync(service.Ref, options.StatusTagKey, wanted, cancellationToken));
    }

    private string? CurrentTag()
    {
        foreach (var (key, value) in service.Tags)
        {
            if (string.Equals(key, options.StatusTagKey, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// Before this run changes capacity it must have written the state once itself (bumping the version), so
    /// that of two runs resuming the same interrupted stop or start from the same version only one acts.
    /// </summary>
    private async Task ClaimAsync(CancellationToken cancellationToken)
    {
        if (_claimed || dryRun)
        {
            return;
        }

        if (Current is null || !await SaveAsync(Current, cancellationToken))
        {
            throw new LostRaceException();
        }
    }

    private async Task SendAsync(Func<Task> call)
    {
        if (dryRun)
        {
            return;
        }

        Mutations++;
        await call();
    }
}
