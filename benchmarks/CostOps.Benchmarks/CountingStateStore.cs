using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.State;

namespace CostOps.Benchmarks;

/// <summary>
/// The in-memory store and activity log, counting calls as DynamoDbStateStore makes them: GetAsync = GetItem,
/// GetManyAsync = one BatchGetItem per 100 keys, TrySaveAsync and RecordRunAsync = PutItem, AppendAsync = PutItem
/// for one record or one BatchWriteItem per 25. An optional delay per call stands for DynamoDB's round trip.
/// </summary>
internal sealed class CountingStateStore : ISchedulerStateStore, IBatchStateReads, IActivityLog
{
    private readonly InMemorySchedulerStateStore _store = new();
    private readonly InMemoryActivityLog _activity = new();
    private readonly PortCallCounter _calls = new();

    public IReadOnlyDictionary<string, int> Calls => _calls.Snapshot();

    /// <summary>Waited (for real) before every call; zero by default.</summary>
    public TimeSpan Latency { get; set; }

    public async Task<IReadOnlyDictionary<string, ServiceState>?> GetManyAsync(IReadOnlyList<string> serviceArns, CancellationToken cancellationToken)
    {
        var calls = (serviceArns.Count + 99) / 100;
        _calls.Add("DynamoDB BatchGetItem (state)", calls);
        for (var i = 0; i < calls; i++)
        {
            await WaitAsync(cancellationToken);
        }

        return await _store.GetManyAsync(serviceArns, cancellationToken);
    }

    private Task WaitAsync(CancellationToken cancellationToken) =>
        Latency > TimeSpan.Zero ? Task.Delay(Latency, cancellationToken) : Task.CompletedTask;

    public void ResetCounts() => _calls.Reset();

    public async Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB GetItem (state)");
        await WaitAsync(cancellationToken);
        return await _store.GetAsync(serviceArn, cancellationToken);
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
        if (items.Count == 1)
        {
            _calls.Add("DynamoDB PutItem (activity)");
        }
        else
        {
            _calls.Add("DynamoDB BatchWriteItem (activity)", (items.Count + 24) / 25);
        }

        return _activity.AppendAsync(items, cancellationToken);
    }

    public IAsyncEnumerable<ServiceActivity> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        _activity.ReadAsync(from, to, cancellationToken);
}
