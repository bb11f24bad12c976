using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.State;

namespace CostOps.Benchmarks;

/// <summary>
/// The whole state store in memory for a function run through its entry point, reading many services at once as
/// <c>DynamoDbStateStore</c> does (one BatchGetItem per 100 keys), and counting its calls as that store makes them.
/// </summary>
internal sealed class FunctionStateStore(TimeProvider time) : ICostOpsStateStore, IBatchStateReads
{
    private readonly InMemoryStateStore _inner = new(time);
    private readonly PortCallCounter _calls = new();

    public IReadOnlyDictionary<string, int> Calls => _calls.Snapshot();

    public Task<IReadOnlyDictionary<string, ServiceState>?> GetManyAsync(IReadOnlyList<string> serviceArns, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB BatchGetItem (state)", (serviceArns.Count + 99) / 100);
        return _inner.Scheduler.GetManyAsync(serviceArns, cancellationToken);
    }

    public Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB GetItem (state)");
        return _inner.GetAsync(serviceArn, cancellationToken);
    }

    public Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB PutItem (state)");
        return _inner.TrySaveAsync(state, expectedVersion, cancellationToken);
    }

    public Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken)
    {
        _calls.Add("DynamoDB PutItem (run)");
        return _inner.RecordRunAsync(run, cancellationToken);
    }

    public Task<IReadOnlyList<OffScheduleService>> RunningOutsideScheduleAsync(CancellationToken cancellationToken) => _inner.RunningOutsideScheduleAsync(cancellationToken);

    public Task AppendAsync(IReadOnlyList<ServiceActivity> items, CancellationToken cancellationToken)
    {
        _calls.Add(items.Count == 1 ? "DynamoDB PutItem (activity)" : "DynamoDB BatchWriteItem (activity)", items.Count == 1 ? 1 : (items.Count + 24) / 25);
        return _inner.AppendAsync(items, cancellationToken);
    }

    public IAsyncEnumerable<ServiceActivity> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => _inner.ReadAsync(from, to, cancellationToken);

    public Task<bool> TryRecordAsync(string key, string detail, DateTimeOffset expiresAt, CancellationToken cancellationToken) => _inner.TryRecordAsync(key, detail, expiresAt, cancellationToken);

    public Task ForgetAsync(string key, CancellationToken cancellationToken) => _inner.ForgetAsync(key, cancellationToken);
}
