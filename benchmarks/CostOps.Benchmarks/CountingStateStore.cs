using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.State;

namespace CostOps.Benchmarks;

/// <summary>
/// The in-memory store and activity log, counting calls. DynamoDbStateStore makes one DynamoDB call per
/// port call (GetAsync = GetItem; TrySaveAsync, RecordRunAsync and each appended activity = PutItem), so
/// these counts are its DynamoDB calls.
/// </summary>
internal sealed class CountingStateStore : ISchedulerStateStore, IActivityLog
{
    private readonly InMemorySchedulerStateStore _store = new();
    private readonly InMemoryActivityLog _activity = new();
    private readonly PortCallCounter _calls = new();

    public IReadOnlyDictionary<string, int> Calls => _calls.Snapshot();

    public void ResetCounts() => _calls.Reset();

    public Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB GetItem (state)");
        return _store.GetAsync(serviceArn, cancellationToken);
    }

    public Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB PutItem (state)");
        return _store.TrySaveAsync(state, expectedVersion, cancellationToken);
    }

    public Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB PutItem (run)");
        return _store.RecordRunAsync(run, cancellationToken);
    }

    public Task AppendAsync(IReadOnlyList<ServiceActivity> items, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB PutItem (activity)", items.Count);
        return _activity.AppendAsync(items, cancellationToken);
    }

    public IAsyncEnumerable<ServiceActivity> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        _activity.ReadAsync(from, to, cancellationToken);
}
