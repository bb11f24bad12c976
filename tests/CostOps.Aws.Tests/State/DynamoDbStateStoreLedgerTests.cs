using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Aws.State;
using CostOps.Core.Activity;
using CostOps.TestSupport;
using Moq;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.State;

/// <summary>The store's activity log and once-ledger halves.</summary>
public sealed class DynamoDbStateStoreLedgerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 23, 30, 0, TimeSpan.Zero);

    private readonly Mock<IAmazonDynamoDB> _client = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _time = new(At);

    private DynamoDbStateStore Store() => new(_client.Object, new DynamoDbStateStoreOptions { TableName = "costops" }, _time);

    private static ServiceActivity Activity(DateTimeOffset at, ActivityKind kind = ActivityKind.Stopped) =>
        new("arn:api", "main", "api", "eu-west-1", kind, at, "stopped 3 task(s)", 3, new TaskSize(1m, 2m, TaskSize.X86));

    [Fact]
    public async Task AppendAsync_Activity_UtcDayPartitionSortableKeyAndTtl()
    {
        var sent = new List<PutItemRequest>();
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutItemRequest, CancellationToken>((r, _) => sent.Add(r)).ReturnsAsync(new PutItemResponse());
        var local = new DateTimeOffset(2026, 3, 3, 0, 30, 0, TimeSpan.FromHours(1));

        await Store().AppendAsync([Activity(local)], CancellationToken.None);

        var item = Assert.Single(sent).Item;
        Assert.Equal("act#2026-03-02", item["pk"].S);
        Assert.Equal("2026-03-02T23:30:00.0000000Z#arn:api#Stopped", item["sk"].S);
        Assert.Equal(local.AddDays(400).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), item["ttl"].N);
        Assert.Null(Assert.Single(sent).ConditionExpression);
    }

    [Fact]
    public async Task ReadAsync_RangeOverTwoDays_QueriesEachDayPagesAndRoundTrips()
    {
        var first = Activity(At);
        var second = Activity(At.AddHours(1), ActivityKind.Started);
        var queries = new List<QueryRequest>();
        var responses = new Queue<QueryResponse>([
            new QueryResponse { Items = [ActivityItem.ToItem(first, At.AddDays(1))], LastEvaluatedKey = new() { ["pk"] = new AttributeValue { S = "more" } } },
            new QueryResponse { Items = [] },
            new QueryResponse { Items = [ActivityItem.ToItem(second, At.AddDays(1))] },
        ]);
        _client.Setup(c => c.QueryAsync(It.IsAny<QueryRequest>(), It.IsAny<CancellationToken>()))
            .Callback<QueryRequest, CancellationToken>((r, _) => queries.Add(new QueryRequest
            {
                ExpressionAttributeValues = new(r.ExpressionAttributeValues),
                ExclusiveStartKey = r.ExclusiveStartKey,
                KeyConditionExpression = r.KeyConditionExpression,
            }))
            .ReturnsAsync(responses.Dequeue);

        var read = await Store().ReadAsync(At.AddHours(-1), At.AddHours(2), CancellationToken.None).ToListAsync();

        Assert.Equal([first, second], read);
        Assert.Equal(["act#2026-03-02", "act#2026-03-02", "act#2026-03-03"], queries.Select(q => q.ExpressionAttributeValues[":pk"].S));
        Assert.Equal("more", queries[1].ExclusiveStartKey["pk"].S);
        Assert.All(queries, q => Assert.Equal("pk = :pk AND sk BETWEEN :from AND :to", q.KeyConditionExpression));
        Assert.Equal("2026-03-03T01:30:00.0000000Z", queries[0].ExpressionAttributeValues[":to"].S);
    }

    [Fact]
    public async Task TryRecordAsync_NewKey_ConditionAllowsOnlyAbsentOrExpired()
    {
        PutItemRequest? sent = null;
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutItemRequest, CancellationToken>((r, _) => sent = r).ReturnsAsync(new PutItemResponse());

        Assert.True(await Store().TryRecordAsync("report#2026-W10", "sent", At.AddDays(30), CancellationToken.None));

        Assert.Equal("once#report#2026-W10", sent!.Item["pk"].S);
        Assert.Equal("attribute_not_exists(pk) OR #ttl <= :now", sent.ConditionExpression);
        Assert.Equal("ttl", sent.ExpressionAttributeNames["#ttl"]);
        Assert.Equal(At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), sent.ExpressionAttributeValues[":now"].N);
        Assert.Equal(At.AddDays(30).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), sent.Item["ttl"].N);
    }

    [Fact]
    public async Task TryRecordAsync_AlreadyRecorded_ReturnsFalse()
    {
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));

        Assert.False(await Store().TryRecordAsync("report#2026-W10", "sent", At.AddDays(30), CancellationToken.None));
    }

    [Fact]
    public async Task ForgetAsync_Key_DeletesTheOnceItem()
    {
        _client.Setup(c => c.DeleteItemAsync(
                It.Is<DeleteItemRequest>(r => r.Key["pk"].S == "once#report#2026-W10" && r.Key["sk"].S == "once" && r.TableName == "costops"),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeleteItemResponse());

        await Store().ForgetAsync("report#2026-W10", CancellationToken.None);

        _client.VerifyAll();
    }
}
