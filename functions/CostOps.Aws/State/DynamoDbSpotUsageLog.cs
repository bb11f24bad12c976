using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Core.Spot;
using CostOps.Core.Spot.Ports;

namespace CostOps.Aws.State;

/// <summary>
/// Spot task-hours in the CostOps table (the same one as <see cref="DynamoDbStateStore"/>):
/// <code>
/// pk = svc#&lt;serviceArn&gt;    sk = spotuse      "observedAt": the last observation, moved with a conditional write
/// pk = spotuse#&lt;yyyy-mm-dd&gt; sk = &lt;serviceArn&gt; "spotHours", "onDemandHours" (N, added with ADD), ttl
/// </code>
/// The mark lives beside the service's state item but not in it, so metering never bumps the state's version.
/// </summary>
public sealed class DynamoDbSpotUsageLog : ISpotUsageLog
{
    private const string MarkSortKey = "spotuse";
    private const string DayPrefix = "spotuse#";

    private readonly IAmazonDynamoDB _client;
    private readonly DynamoDbStateStoreOptions _options;

    public DynamoDbSpotUsageLog(IAmazonDynamoDB client, DynamoDbStateStoreOptions options)
    {
        options.Validate();
        _client = client;
        _options = options;
    }

    public async Task<DateTimeOffset?> LastObservedAsync(string serviceArn, CancellationToken cancellationToken)
    {
        var response = await _client.GetItemAsync(new GetItemRequest { TableName = _options.TableName, Key = Mark(serviceArn), ConsistentRead = true }, cancellationToken);
        return response.Item is { Count: > 0 } item ? Attr.OptAt(item, "observedAt") : null;
    }

    public async Task<bool> TryClaimAsync(string serviceArn, DateTimeOffset? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = Mark(serviceArn);
        item["observedAt"] = Attr.Time(now);
        var request = new PutItemRequest { TableName = _options.TableName, Item = item };
        if (previous is { } at)
        {
            request.ConditionExpression = "#observedAt = :previous";
            request.ExpressionAttributeNames = new() { ["#observedAt"] = "observedAt" };
            request.ExpressionAttributeValues = new() { [":previous"] = Attr.Time(at) };
        }
        else
        {
            request.ConditionExpression = "attribute_not_exists(pk)";
        }

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

    public async Task AddAsync(IReadOnlyList<SpotUsageDay> usage, CancellationToken cancellationToken)
    {
        foreach (var u in usage)
        {
            var expires = new DateTimeOffset(u.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + _options.ActivityRetention;
            await _client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = _options.TableName,
                Key = new() { ["pk"] = Attr.S(DayPrefix + u.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ["sk"] = Attr.S(u.ServiceArn) },
                UpdateExpression = "ADD #spot :spot, #onDemand :onDemand SET #cluster = :cluster, #service = :service, #ttl = :ttl",
                ExpressionAttributeNames = new()
                {
                    ["#spot"] = "spotHours", ["#onDemand"] = "onDemandHours", ["#cluster"] = "cluster", ["#service"] = "service", ["#ttl"] = "ttl",
                },
                ExpressionAttributeValues = new()
                {
                    [":spot"] = Attr.N(Math.Round(u.SpotTaskHours, 6)),
                    [":onDemand"] = Attr.N(Math.Round(u.OnDemandTaskHours, 6)),
                    [":cluster"] = Attr.S(u.ClusterName),
                    [":service"] = Attr.S(u.ServiceName),
                    [":ttl"] = Attr.N(expires.ToUnixTimeSeconds()),
                },
            }, cancellationToken);
        }
    }

    public async IAsyncEnumerable<SpotUsageDay> ReadAsync(DateOnly from, DateOnly toExclusive, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var day = from; day < toExclusive; day = day.AddDays(1))
        {
            var request = new QueryRequest
            {
                TableName = _options.TableName,
                KeyConditionExpression = "pk = :pk",
                ExpressionAttributeValues = new() { [":pk"] = Attr.S(DayPrefix + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) },
            };
            do
            {
                var page = await _client.QueryAsync(request, cancellationToken);
                foreach (var item in page.Items ?? [])
                {
                    yield return new SpotUsageDay(day, Attr.Str(item, "sk"), Attr.Str(item, "cluster"), Attr.Str(item, "service"),
                        Attr.Dec(item, "spotHours"), Attr.Dec(item, "onDemandHours"));
                }

                request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
            }
            while (request.ExclusiveStartKey is not null);
        }
    }

    private static Dictionary<string, AttributeValue> Mark(string serviceArn) => new()
    {
        ["pk"] = Attr.S(ServiceStateItem.Prefix + serviceArn),
        ["sk"] = Attr.S(MarkSortKey),
    };
}
