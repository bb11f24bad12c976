using System.Runtime.CompilerServices;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>Puts the state store and the activity log behind the fleet's <see cref="CallGate"/> and counts their writes.</summary>
internal sealed class GatedStateStore(ISchedulerStateStore store, IActivityLog activity, CallGate gate) : ISchedulerStateStore, IBatchStateReads, IActivityLog
{
    private int _writes;

    public int Writes => Volatile.Read(ref _writes);

    public Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken) => store.GetAsync(serviceArn, cancellationToken);

    public Task<IReadOnlyDictionary<string, ServiceState>?> GetManyAsync(IReadOnlyList<string> serviceArns, CancellationToken cancellationToken) =>
        BatchReads && store is IBatchStateReads batch ? batch.GetManyAsync(serviceArns, cancellationToken) : Task.FromResult<IReadOnlyDictionary<string, ServiceState>?>(null);

    /// <summary>When false the store reads one service at a time, as a store without batched reads does.</summary>
    public bool BatchReads { get; set; } = true;

    public Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken)
    {
        Enter("PutItem state");
        return store.TrySaveAsync(state, expectedVersion, cancellationToken);
    }

    public Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken)
    {
        Enter("PutItem run");
        return store.RecordRunAsync(run, cancellationToken);
    }

    public Task AppendAsync(IReadOnlyList<ServiceActivity> items, CancellationToken cancellationToken)
    {
        Enter("PutItem activity");
        return activity.AppendAsync(items, cancellationToken);
    }

    public IAsyncEnumerable<ServiceActivity> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        activity.ReadAsync(from, to, cancellationToken);

    private void Enter(string call)
    {
        gate.Enter(call);
        Interlocked.Increment(ref _writes);
    }
}
