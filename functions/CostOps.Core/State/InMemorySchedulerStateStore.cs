using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.State;

/// <summary>The scheduler's state kept in memory, with the same conditional-write contract as the durable store. Thread-safe.</summary>
public sealed class InMemorySchedulerStateStore : ISchedulerStateStore, IBatchStateReads, IFleetStatus, CostOps.Core.Wake.IWakeDirectory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ServiceState> _services = new(StringComparer.Ordinal);
    private readonly List<SchedulerRunRecord> _runs = [];

    /// <summary>Successful and lost conditional writes, for tests and the local simulator.</summary>
    public int Writes { get; private set; }

    public IReadOnlyList<SchedulerRunRecord> Runs
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs];
            }
        }
    }

    public Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_services.GetValueOrDefault(serviceArn));
        }
    }

    public Task<IReadOnlyDictionary<string, ServiceState>?> GetManyAsync(IReadOnlyList<string> serviceArns, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = new Dictionary<string, ServiceState>(StringComparer.Ordinal);
            foreach (var arn in serviceArns)
            {
                if (_services.TryGetValue(arn, out var state))
                {
                    found[arn] = state;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, ServiceState>?>(found);
        }
    }

    public Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Writes++;
            var storedVersion = _services.TryGetValue(state.Ref.ServiceArn, out var current) ? current.Version : 0;
            if (storedVersion != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _services[state.Ref.ServiceArn] = state;
            return Task.FromResult(true);
        }
    }

    public Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Writes++;
            _runs.Add(run);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OffScheduleService>> RunningOutsideScheduleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<OffScheduleService> result = [.. _services.Values
                .OrderBy(s => s.Ref.ServiceArn, StringComparer.Ordinal)
                .Select(s => s.RunningOutsideSchedule())
                .OfType<OffScheduleService>()];
            return Task.FromResult(result);
        }
    }

    /// <summary>The services with saved wake routes (their rules point at the wake function).</summary>
    public Task<IReadOnlyList<CostOps.Core.Wake.WakeCandidate>> WaitingAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<CostOps.Core.Wake.WakeCandidate> result = [.. _services.Values
                .Where(s => s.WakeRoutes is { Count: > 0 })
                .OrderBy(s => s.Ref.ServiceArn, StringComparer.Ordinal)
                .Select(s => new CostOps.Core.Wake.WakeCandidate(s.Ref, s.WakeRoutes!))];
            return Task.FromResult(result);
        }
    }
}
