using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.State;

namespace CostOps.Aws.State;

/// <summary>
/// All CostOps state in one DynamoDB table. Schema (the deploy step creates it):
/// <code>
/// pk (S) hash key, sk (S) range key, TTL attribute "ttl" (epoch seconds), on-demand billing.
/// pk = svc#&lt;serviceArn&gt;  sk = state                        service state + snapshot + Spot history ("spot" map),
///                                                            "version" (N) guards every write of the scheduler and the Spot manager
/// pk = act#&lt;yyyy-mm-dd&gt;   sk = &lt;utc instant&gt;#&lt;arn&gt;#&lt;kind&gt;  activity, one partition per UTC day, ttl
/// pk = run#&lt;yyyy-mm-dd&gt;   sk = &lt;utc instant&gt;[#&lt;account&gt;#&lt;region&gt;]  scheduler runs that changed something, ttl
///                                                            (a worker of a hub scheduler adds its account and region)
/// pk = once#&lt;key&gt;         sk = once                         IOnceLedger keys, ttl = their expiry
/// </code>
/// Every state write is conditional; a lost condition is a result (another run got there first), not an error.
/// </summary>
public sealed class DynamoDbStateStore : ICostOpsStateStore, IBatchStateReads
{
    /// <summary>BatchGetItem reads at most 100 items a call.</summary>
    internal const int MaxKeysPerBatchGet = 100;
    internal const int MaxBatchAttempts = 8;

    private readonly IAmazonDynamoDB _client;
    private readonly DynamoDbStateStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly DynamoDbActivityLog _activity;

    public DynamoDbStateStore(IAmazonDynamoDB client, DynamoDbStateStoreOptions options, TimeProvider time)
    {
        options.Validate();
        _client = client;
        _options = options;
        _time = time;
        _activity = new DynamoDbActivityLog(client, options, time);
    }

    public async Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken)
    {
        // Consistent read: the version this returns is the one the next conditional write is checked against.
        var response = await _client.GetItemAsync(new GetItemRequest
        {
            TableName = _options.TableName,
            Key = ServiceStateItem.Key(serviceArn),
            ConsistentRead = true,
        }, cancellationToken);
        return response.Item is { Count: > 0 } item ? ServiceStateItem.FromItem(item) : null;
    }

    /// <summary>BatchGetItem, 100 keys a call, consistent reads; keys DynamoDB leaves unprocessed are asked for again after a short back-off.</summary>
    public async Task<IReadOnlyDictionary<string, ServiceState>?> GetManyAsync(IReadOnlyList<string> serviceArns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceArns);
        var found = new Dictionary<string, ServiceState>(StringComparer.Ordinal);
        foreach (var batch in serviceArns.Distinct(StringComparer.Ordinal).Chunk(MaxKeysPerBatchGet))
        {
            KeysAndAttributes? pending = new KeysAndAttributes { Keys = [.. batch.Select(ServiceStateItem.Key)], ConsistentRead = true };
            for (var attempt = 0; pending is { Keys.Count: > 0 }; attempt++)
            {
                if (attempt == MaxBatchAttempts)
                {
                    throw new InvalidOperationException(
                        $"DynamoDB left {pending.Keys.Count} of {batch.Length} state keys of table {_options.TableName} unprocessed after {MaxBatchAttempts} attempts.");
                }

                if (attempt > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50 << Math.Min(attempt, 5)), _time, cancellationToken);
                }

                var response = await _client.BatchGetItemAsync(new BatchGetItemRequest
                {
                    RequestItems = new() { [_options.TableName] = pending },
                }, cancellationToken);
                foreach (var item in response.Responses?.GetValueOrDefault(_options.TableName) ?? [])
                {
                    var state = ServiceStateItem.FromItem(item);
                    found[state.Ref.ServiceArn] = state;
                }

                pending = response.UnprocessedKeys?.GetValueOrDefault(_options.TableName);
            }
        }

        return found;
    }

    public async Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken)
    {
        var request = new PutItemRequest { TableName = _options.TableName, Item = ServiceStateItem.ToItem(state) };
        if (expectedVersion == 0)
        {
            request.ConditionExpression = "attribute_not_exists(pk)";
        }
        else
        {
            request.ConditionExpression = "#version = :expected";
            request.ExpressionAttributeNames = new() { ["#version"] = "version" };
            request.ExpressionAttributeValues = new() { [":expected"] = Attr.N(expectedVersion) };
        }

        return await TryPutAsync(request, cancellationToken);
    }

    public async Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["pk"] = Attr.S($"run#{run.StartedAt.UtcDateTime:yyyy-MM-dd}"),
            ["sk"] = Attr.S(run.Account is null ? Attr.Instant(run.StartedAt) : $"{Attr.Instant(run.StartedAt)}#{run.Account}#{run.Region}"),
            ["finishedAt"] = Attr.Time(run.FinishedAt),
            ["stopped"] = Attr.N(run.Stopped),
            ["started"] = Attr.N(run.Started),
            ["drifted"] = Attr.N(run.Drifted),
            ["deferred"] = Attr.N(run.Deferred),
            ["failed"] = Attr.N(run.Failed),
            ["ttl"] = Attr.N((run.StartedAt + _options.RunRetention).ToUnixTimeSeconds()),
        };
        Attr.Put(item, "continuationToken", run.ContinuationToken);
        Attr.Put(item, "account", run.Account);
        Attr.Put(item, "region", run.Region);
        await _client.PutItemAsync(new PutItemRequest { TableName = _options.TableName, Item = item }, cancellationToken);
    }

    /// <inheritdoc cref="DynamoDbActivityLog.AppendAsync"/>
    public Task AppendAsync(IReadOnlyList<ServiceActivity> items, CancellationToken cancellationToken) => _activity.AppendAsync(items, cancellationToken);

    public IAsyncEnumerable<ServiceActivity> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => _activity.ReadAsync(from, to, cancellationToken);

    public Task<bool> TryRecordAsync(string key, string detail, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        // TTL deletion lags by up to days: an expired key still present counts as absent.
        var request = new PutItemRequest
        {
            TableName = _options.TableName,
            Item = new()
            {
                ["pk"] = Attr.S($"once#{key}"),
                ["sk"] = Attr.S("once"),
                ["detail"] = Attr.S(detail),
                ["recordedAt"] = Attr.Time(_time.GetUtcNow()),
                ["ttl"] = Attr.N(expiresAt.ToUnixTimeSeconds()),
            },
            ConditionExpression = "attribute_not_exists(pk) OR #ttl <= :now",
            ExpressionAttributeNames = new() { ["#ttl"] = "ttl" },
            ExpressionAttributeValues = new() { [":now"] = Attr.N(_time.GetUtcNow().ToUnixTimeSeconds()) },
        };
        return TryPutAsync(request, cancellationToken);
    }

    public async Task ForgetAsync(string key, CancellationToken cancellationToken) =>
        await _client.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = _options.TableName,
            Key = new() { ["pk"] = Attr.S($"once#{key}"), ["sk"] = Attr.S("once") },
        }, cancellationToken);

    public async Task<IReadOnlyList<OffScheduleService>> RunningOutsideScheduleAsync(CancellationToken cancellationToken)
    {
        var request = new ScanRequest
        {
            TableName = _options.TableName,
            FilterExpression = "begins_with(pk, :svc) AND (#status = :drifted OR #override IN (:inForce, :malformed))",
            ExpressionAttributeNames = new() { ["#status"] = "status", ["#override"] = "override" },
            ExpressionAttributeValues = new()
            {
                [":svc"] = Attr.S(ServiceStateItem.Prefix),
                [":drifted"] = Attr.S(nameof(ServiceStatus.Drifted)),
                [":inForce"] = Attr.S(nameof(Core.Schedules.OverrideState.InForce)),
                [":malformed"] = Attr.S(nameof(Core.Schedules.OverrideState.InForceMalformed)),
            },
        };
        var result = new List<OffScheduleService>();
        do
        {
            var page = await _client.ScanAsync(request, cancellationToken);
            result.AddRange((page.Items ?? []).Select(ServiceStateItem.FromItem).Select(s => s.RunningOutsideSchedule()).OfType<OffScheduleService>());
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (request.ExclusiveStartKey is not null);

        return [.. result.OrderBy(o => o.ClusterName, StringComparer.Ordinal).ThenBy(o => o.ServiceName, StringComparer.Ordinal)];
    }

    private async Task<bool> TryPutAsync(PutItemRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await _client.PutItemAsync(request, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }
}
