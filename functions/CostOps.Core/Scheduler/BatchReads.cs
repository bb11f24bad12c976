using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Core.Scheduler;

/// <summary>
/// The reads a chunk of services needs, made in batches before the chunk is reconciled: every managed service's
/// state, and the scalable targets of the services that may stop or start. A service the batch does not cover
/// (a port that reads one at a time, a batch that failed) is read on its own, exactly as before.
/// </summary>
/// <remarks>
/// Reading a little earlier changes nothing about safety: every change is still preceded by a conditional
/// write on the version read here, so a run that read before another run wrote loses the race and leaves the service.
/// </remarks>
internal sealed class BatchReads
{
    /// <summary>Services read together: one BatchGetItem (100 keys), two DescribeScalableTargets (50 ids each) at most.</summary>
    public const int ChunkSize = 100;

    private readonly IReadOnlyDictionary<string, ServiceState>? _states;
    private readonly IReadOnlyDictionary<string, ScalingBounds>? _scaling;
    private readonly HashSet<string> _scalingCovered;

    private BatchReads(IReadOnlyDictionary<string, ServiceState>? states, IReadOnlyDictionary<string, ScalingBounds>? scaling, HashSet<string> scalingCovered)
    {
        _states = states;
        _scaling = scaling;
        _scalingCovered = scalingCovered;
    }

    public static BatchReads None { get; } = new(null, null, []);

    /// <returns>true when the batch read this service's state (<paramref name="state"/> null: it has none).</returns>
    public bool TryGetState(string serviceArn, out ServiceState? state)
    {
        state = _states?.GetValueOrDefault(serviceArn);
        return _states is not null;
    }

    /// <returns>true when the batch read this service's scalable target (<paramref name="bounds"/> null: it has none).</returns>
    public bool TryGetScaling(string serviceArn, out ScalingBounds? bounds)
    {
        var covered = _scaling is not null && _scalingCovered.Contains(serviceArn);
        bounds = covered ? _scaling!.GetValueOrDefault(serviceArn) : null;
        return covered;
    }

    /// <summary>Never throws for a failed batch: the services are then read one at a time and fail or succeed on their own.</summary>
    public static async Task<BatchReads> ReadAsync(
        IReadOnlyList<ManagedService> chunk, IScheduleDecider decider, DateTimeOffset now, SchedulerPorts ports, CancellationToken ct,
        IReadOnlyDictionary<string, ScalingBounds>? passScaling = null)
    {
        try
        {
            var managed = new List<(ManagedService Service, DesiredRunState Desired)>(chunk.Count);
            foreach (var service in chunk)
            {
                var desired = decider.Decide(service.Tags, now).Desired;
                if (service.Strategy != SchedulingStrategy.Daemon && desired is DesiredRunState.Stopped or DesiredRunState.Running)
                {
                    managed.Add((service, desired));
                }
            }

            if (managed.Count == 0)
            {
                return None;
            }

            var states = ports.Store is IBatchStateReads batchStore
                ? await batchStore.GetManyAsync([.. managed.Select(m => m.Service.Ref.ServiceArn)], ct)
                : null;
            var candidates = managed.Where(m => MayReadScaling(m.Service, m.Desired, states)).Select(m => m.Service.Ref).ToList();
            var scaling = candidates.Count == 0 ? null
                : passScaling ?? (ports.Scaling is IBatchScalingReads batchScaling ? await batchScaling.GetManyAsync(candidates, ct) : null);
            return new BatchReads(states, scaling, scaling is null ? [] : [.. candidates.Select(c => c.ServiceArn)]);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return None;
        }
    }

    /// <summary>
    /// The scalable targets of the whole pass in one paged listing of the <c>ecs</c> namespace, when that takes fewer
    /// calls than reading the stop candidates 50 at a time chunk by chunk; null (read per chunk) otherwise or on failure.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, ScalingBounds>?> ReadPassAsync(
        IReadOnlyList<ManagedService> services, IScheduleDecider decider, DateTimeOffset now, SchedulerPorts ports, CancellationToken ct)
    {
        if (ports.Scaling is not INamespaceScalingReads namespaceReads)
        {
            return null;
        }

        var perChunkCalls = 0;
        foreach (var chunk in services.Chunk(ChunkSize))
        {
            var stops = chunk.Count(s => s.Strategy != SchedulingStrategy.Daemon && s.DesiredCount > 0
                && decider.Decide(s.Tags, now).Desired == DesiredRunState.Stopped);
            perChunkCalls += (stops + ScalingIdsPerCall - 1) / ScalingIdsPerCall;
        }

        if (perChunkCalls < 2)
        {
            return null;
        }

        try
        {
            return await namespaceReads.GetAllAsync([.. services.Select(s => s.Ref)], perChunkCalls - 1, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Resource ids one DescribeScalableTargets takes, and targets one page of it returns.</summary>
    private const int ScalingIdsPerCall = 50;

    /// <summary>The services whose stop or start reads the scalable target; the rest (a steady fleet) cost no Auto Scaling call.</summary>
    private static bool MayReadScaling(ManagedService service, DesiredRunState desired, IReadOnlyDictionary<string, ServiceState>? states)
    {
        if (states is null)
        {
            return desired == DesiredRunState.Stopped && service.DesiredCount > 0;
        }

        var state = states.GetValueOrDefault(service.Ref.ServiceArn);
        var status = state?.Status;
        var saved = state?.Snapshot is not null;
        var savedScaling = state?.Snapshot?.Scaling is not null;
        if (desired == DesiredRunState.Stopped)
        {
            return status switch
            {
                ServiceStatus.Stopped or ServiceStatus.Drifted when saved => service.DesiredCount > 0 && savedScaling,
                ServiceStatus.Stopping or ServiceStatus.Starting when saved => savedScaling,
                _ => service.DesiredCount > 0 && !service.DeploymentInProgress,
            };
        }

        return status is ServiceStatus.Stopped or ServiceStatus.Stopping or ServiceStatus.Starting or ServiceStatus.Drifted && savedScaling;
    }
}
