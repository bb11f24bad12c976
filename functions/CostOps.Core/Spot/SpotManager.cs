using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>
/// The Spot manager: a periodic tick reconciles every managed service with what it should be on; the two ECS events
/// make a service fall back at once. Each service is handled on its own; its failure is reported, never thrown.
/// </summary>
public sealed class SpotManager
{
    /// <summary>How often an event is decided again after losing its state write to a concurrent invocation.</summary>
    internal const int MaxEventAttempts = 5;

    /// <summary>Services handled at once by a tick (ECS allows 5 UpdateService a second sustained; the client paces them).</summary>
    internal const int MaxConcurrency = 8;

    private readonly SpotDecider _decider;
    private readonly SpotPorts _ports;
    private readonly SpotServiceRunner _runner;
    private readonly SpotReport _report;
    private readonly TimeProvider _time;
    private readonly IStructuredLog _log;

    public SpotManager(SpotDecider decider, SpotPorts ports, IMetricSink metrics, IStructuredLog log, TimeProvider time)
    {
        _decider = decider ?? throw new ArgumentNullException(nameof(decider));
        _ports = ports ?? throw new ArgumentNullException(nameof(ports));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _runner = new SpotServiceRunner(ports, time);
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _report = new SpotReport(metrics, log);
    }

    /// <param name="dryRun">Decide and report every action, change nothing (no cluster, service or state change).</param>
    public async Task<SpotRunSummary> TickAsync(CancellationToken ct, bool dryRun = false)
    {
        var startedAt = _time.GetUtcNow();
        var clusters = dryRun ? [] : await _ports.Clusters.EnsureFargateProvidersAsync(ct);
        var services = new List<ManagedService>();
        string? runError = null;
        try
        {
            await foreach (var service in _ports.Inventory.ListAsync(ct))
            {
                services.Add(service);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            runError = $"listing the managed services failed ({ex.GetType().Name}: {ex.Message}); the next tick retries";
        }

        // Services are independent; a few at a time keeps a large fleet within the function's timeout.
        services.Sort((a, b) => string.CompareOrdinal(a.Ref.ServiceArn, b.Ref.ServiceArn));
        var outcomes = new SpotOutcome[services.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, services.Count), parallel, async (i, token) =>
            outcomes[i] = await TickOneAsync(services[i], startedAt, dryRun, token));

        return _report.Tick(new SpotRunSummary("tick", startedAt, outcomes, clusters, runError) { DryRun = dryRun });
    }

    public async Task<SpotRunSummary> PlacementFailureAsync(string cluster, string? serviceArn, SpotPlacementFailure failure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var startedAt = _time.GetUtcNow();
        var name = serviceArn is null ? "(none)" : serviceArn[(serviceArn.LastIndexOf('/') + 1)..];
        SpotOutcome outcome;
        if (!failure.IsSpotShortage)
        {
            outcome = Ignored(cluster, name, serviceArn, $"not a Fargate Spot shortage (eventName {failure.EventName}, reason {failure.Reason ?? "(none)"})");
        }
        else if (serviceArn is null)
        {
            outcome = Ignored(cluster, name, null, "the event names no service in 'resources'");
        }
        else
        {
            outcome = await EventAsync(cluster, serviceArn, name, (s, st, now) => _decider.PlacementFailure(s, st, failure, now), ct);
        }

        return _report.Event(new SpotRunSummary("ecs-service-action", startedAt, [outcome], []), interruption: false);
    }

    public async Task<SpotRunSummary> TaskStoppedAsync(string cluster, string? serviceName, SpotTaskStop stop, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var startedAt = _time.GetUtcNow();
        SpotOutcome outcome;
        if (!stop.IsInterruption)
        {
            outcome = Ignored(cluster, serviceName ?? "(none)", null, $"not a Spot interruption (stopCode {stop.StopCode ?? "(none)"})");
        }
        else if (serviceName is null)
        {
            outcome = Ignored(cluster, "(none)", null, $"task {stop.TaskArn} is not part of a service");
        }
        else
        {
            outcome = await EventAsync(cluster, serviceName, serviceName, (s, st, now) => _decider.TaskStopped(s, st, stop, now), ct);
        }

        var counted = stop.IsInterruption && outcome.Action is SpotAction.Interruption or SpotAction.Fallback or SpotAction.None or SpotAction.Wait or SpotAction.Fail;
        return _report.Event(new SpotRunSummary("ecs-task-state-change", startedAt, [outcome], []), counted);
    }

    private async Task<SpotOutcome> TickOneAsync(ManagedService service, DateTimeOffset listedAt, bool dryRun, CancellationToken ct)
    {
        try
        {
            var stored = await _ports.Store.GetAsync(service.Ref.ServiceArn, ct);
            if (stored is not null && stored.UpdatedAt > listedAt)
            {
                return new(service.Ref.ClusterName, service.Ref.ServiceName, service.Ref.ServiceArn, SpotAction.Skip,
                    "another run changed this service after this tick listed it; the next tick decides");
            }

            var decision = _decider.Tick(service, stored, _time.GetUtcNow());
            if (dryRun)
            {
                return SpotServiceRunner.Outcome(service, decision, decision.Error);
            }

            var outcome = await _runner.RunAsync(service, stored, decision, ct);
            if (decision.Next is not null)
            {
                await MeterAsync(service, ct);
            }

            return outcome;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return new(service.Ref.ClusterName, service.Ref.ServiceName, service.Ref.ServiceArn, SpotAction.Fail,
                "failed; retried on the next tick", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<SpotOutcome> EventAsync(
        string cluster, string service, string name, Func<ManagedService, ServiceState?, DateTimeOffset, SpotDecision> decide, CancellationToken ct)
    {
        try
        {
            if (!await _ports.Services.InScopeAsync(cluster, ct))
            {
                return Ignored(cluster, name, null, $"cluster {cluster} is not managed by CostOps");
            }

            if (await _ports.Services.FindAsync(cluster, service, ct) is not { } found)
            {
                return Ignored(cluster, name, null, $"ECS does not know service {service} in cluster {cluster}");
            }

            // Interruptions come in bursts, one invocation per task: an event that lost the write to another one is decided
            // again on the new state (decisions are idempotent per event), so no interruption is dropped.
            SpotOutcome outcome;
            var attempt = 0;
            do
            {
                var stored = await _ports.Store.GetAsync(found.Ref.ServiceArn, ct);
                outcome = await _runner.RunAsync(found, stored, decide(found, stored, _time.GetUtcNow()), ct);
            }
            while (outcome is { Action: SpotAction.Skip, Reason: SpotServiceRunner.LostRace } && ++attempt < MaxEventAttempts);

            return outcome;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return new(cluster, name, null, SpotAction.Fail, "failed; the next tick reconciles", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Records the task-hours since the service's last observation; an optional part: a failure is one warning line.</summary>
    private async Task MeterAsync(ManagedService service, CancellationToken ct)
    {
        if (_ports.Usage is not { } usage)
        {
            return;
        }

        try
        {
            var now = _time.GetUtcNow();
            var previous = await usage.LastObservedAsync(service.Ref.ServiceArn, ct);
            if (await usage.TryClaimAsync(service.Ref.ServiceArn, previous, now, ct))
            {
                await usage.AddAsync(SpotUsageMeter.Between(service, previous, now), ct);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _log.Write(LogLevel.Warning, "spot.usage_not_recorded", "Could not record Spot task-hours; the Spot changes are not affected.",
                [new("serviceArn", service.Ref.ServiceArn), new("error", $"{ex.GetType().Name}: {ex.Message}")]);
        }
    }

    private static SpotOutcome Ignored(string cluster, string name, string? arn, string reason) =>
        new(cluster, name, arn, SpotAction.Ignore, reason);
}
