using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Core.Wake;

namespace CostOps.Aws.State;

/// <summary>The services whose listener rules point at the wake function: <c>svc#</c> state items with saved wake routes (a filtered Scan).</summary>
public sealed class DynamoDbWakeDirectory : IWakeDirectory
{
    private readonly IAmazonDynamoDB _client;
    private readonly DynamoDbStateStoreOptions _options;

    public DynamoDbWakeDirectory(IAmazonDynamoDB client, DynamoDbStateStoreOptions options)
    {
        options.Validate();
        _client = client;
        _options = options;
    }

    public async Task<IReadOnlyList<WakeCandidate>> WaitingAsync(CancellationToken cancellationToken)
    {
        var request = new ScanRequest
        {
            TableName = _options.TableName,
            FilterExpression = "begins_with(pk, :svc) AND attribute_exists(#routes)",
            ExpressionAttributeNames = new() { ["#routes"] = WakeRoutesItem.Attribute },
            ExpressionAttributeValues = new() { [":svc"] = Attr.S(ServiceStateItem.Prefix) },
        };
        var result = new List<WakeCandidate>();
        do
        {
            var page = await _client.ScanAsync(request, cancellationToken);
            result.AddRange((page.Items ?? []).Select(ServiceStateItem.FromItem)
                .Where(s => s.WakeRoutes is { Count: > 0 })
                .Select(s => new WakeCandidate(s.Ref, s.WakeRoutes!)));
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (request.ExclusiveStartKey is not null);

        return result;
    }
}
