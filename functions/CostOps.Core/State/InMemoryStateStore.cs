using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.State;

/// <summary>The whole state store in memory (for a local run on a simulated account): the in-memory scheduler state, activity log and once-ledger.</summary>
public sealed class InMemoryStateStore(TimeProvider time) : ICostOpsStateStore, CostOps.Core.Wake.IWakeDirectory
{
    public InMemorySchedulerStateStore Scheduler { get; } = new();

    public InMemoryActivityLog Activity { get; } = new();

    public InMemoryOnceLedger Ledger { get; } = new(time);

    public Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken) => Scheduler.GetAsync(serviceArn, cancellationToken);

    public Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken) => Scheduler.TrySaveAsync(state, expectedVersion, cancellationToken);

    public Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken) => Scheduler.RecordRunAsync(run, cancellationToken);

    public Task<IReadOnlyList<OffScheduleService>> RunningOutsideScheduleAsync(CancellationToken cancellationToken) => Scheduler.RunningOutsideScheduleAsync(cancellationToken);

    public Task AppendAsync(IReadOnlyList<ServiceActivity> items, CancellationToken cancellationToken) => Activity.AppendAsync(items, cancellationToken);

    public IAsyncEnumerable<ServiceActivity> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => Activity.ReadAsync(from, to, cancellationToken);

    public Task<bool> TryRecordAsync(string key, string detail, DateTimeOffset expiresAt, CancellationToken cancellationToken) => Ledger.TryRecordAsync(key, detail, expiresAt, cancellationToken);

    public Task ForgetAsync(string key, CancellationToken cancellationToken) => Ledger.ForgetAsync(key, cancellationToken);

    public Task<IReadOnlyList<CostOps.Core.Wake.WakeCandidate>> WaitingAsync(CancellationToken cancellationToken) => Scheduler.WaitingAsync(cancellationToken);
}
