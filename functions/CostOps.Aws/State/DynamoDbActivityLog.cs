using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Core.Activity;

namespace CostOps.Aws.State;

/// <summary>
/// The activity part of <see cref="DynamoDbStateStore"/>'s table: pk = act#&lt;yyyy-mm-dd&gt;, sk = &lt;utc instant&gt;#&lt;arn&gt;#&lt;kind&gt;,
/// one partition per UTC day, each record expiring after the activity retention.
/// </summary>
internal sealed class DynamoDbActivityLog(IAmazonDynamoDB client, DynamoDbStateStoreOptions options, TimeProvider time) : IActivityLog
{
    /// <summary>BatchWriteItem writes at most 25 items a call.</summary>
    internal const int MaxItemsPerBatchWrite = 25;

    /// <summary>One record is a PutItem; more go 25 to a BatchWriteItem, items DynamoDB leaves unprocessed sent again after a short back-off.</summary>
    public async Task AppendAsync(IReadOnlyList<ServiceActivity> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var records = items.Select(a => ActivityItem.ToItem(a, a.At + options.ActivityRetention)).ToList();
        if (records.Count == 1)
        {
            await client.PutItemAsync(new PutItemRequest { TableName = options.TableName, Item = records[0] }, cancellationToken);
            return;
        }

        foreach (var batch in records.Chunk(MaxItemsPerBatchWrite))
        {
            List<WriteRequest>? pending = [.. batch.Select(item => new WriteRequest { PutRequest = new PutRequest { Item = item } })];
            for (var attempt = 0; pending is { Count: > 0 }; attempt++)
            {
                if (attempt == DynamoDbStateStore.MaxBatchAttempts)
                {
                    throw new InvalidOperationException(
                        $"DynamoDB left {pending.Count} of {batch.Length} activity records for table {options.TableName} unprocessed after {DynamoDbStateStore.MaxBatchAttempts} attempts.");
                }

                if (attempt > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50 << Math.Min(attempt, 5)), time, cancellationToken);
                }

                var response = await client.BatchWriteItemAsync(new BatchWriteItemRequest
                {
                    RequestItems = new() { [options.TableName] = pending },
                }, cancellationToken);
                pending = response.UnprocessedItems?.GetValueOrDefault(options.TableName);
            }
        }
    }

    public async IAsyncEnumerable<ServiceActivity> ReadAsync(
        DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            yield break;
        }

        var last = DateOnly.FromDateTime(to.UtcDateTime.AddTicks(-1));
        for (var day = DateOnly.FromDateTime(from.UtcDateTime); day <= last; day = day.AddDays(1))
        {
            // "<instant>#..." sorts after "<instant>": BETWEEN from and to keeps From and drops To, as the contract asks.
            var request = new QueryRequest
            {
                TableName = options.TableName,
                KeyConditionExpression = "pk = :pk AND sk BETWEEN :from AND :to",
                ExpressionAttributeValues = new()
                {
                    [":pk"] = Attr.S(ActivityItem.Partition(day)),
                    [":from"] = Attr.S(Attr.Instant(from)),
                    [":to"] = Attr.S(Attr.Instant(to)),
                },
            };
            do
            {
                var page = await client.QueryAsync(request, cancellationToken);
                foreach (var item in page.Items ?? [])
                {
                    yield return ActivityItem.FromItem(item);
                }

                request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
            }
            while (request.ExclusiveStartKey is not null);
        }
    }
}
