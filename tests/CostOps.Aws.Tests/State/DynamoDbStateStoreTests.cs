using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Aws.State;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;
using CostOps.TestSupport;
using Moq;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.State;

public sealed class DynamoDbStateStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);
    private static readonly ServiceRef Api = new("main", "api", "arn:aws:ecs:eu-west-1:1:service/main/api");

    private readonly Mock<IAmazonDynamoDB> _client = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _time = new(At);

    private DynamoDbStateStore Store() => new(_client.Object, new DynamoDbStateStoreOptions { TableName = "costops" }, _time);

    internal static ServiceState Full(long version) => new(Api, ServiceStatus.Stopped, version, At,
        new SavedSnapshot(3, new ScalingBounds(2, 8, true, false, true),
            [new CapacityProviderItem("FARGATE_SPOT", 3, 1), new CapacityProviderItem("FARGATE", 1, 0)],
            null, "office", At.AddMinutes(-1), new TaskSize(0.25m, 0.5m, TaskSize.Arm)),
        "ThrottlingException: slow down", At.AddHours(1), OverrideState.InForce, At.AddDays(1));

    internal static Core.Spot.SpotState Spot() => new(Core.Spot.SpotMode.Fallback,
        [new CapacityProviderItem("FARGATE", 1, 1), new CapacityProviderItem("FARGATE_SPOT", 0, 0)], TimeSpan.FromMinutes(120),
        At.AddMinutes(-5), "no Fargate Spot capacity", At.AddHours(-2),
        [new Core.Spot.SpotInterruption("arn:aws:ecs:eu-west-1:1:task/main/t1", At.AddMinutes(-7))],
        [new Core.Spot.SeenEvent("evt-1", At.AddMinutes(-5))], "ThrottlingException: slow down");

    [Fact]
    public async Task GetManyAsync_UnprocessedKeys_AskedForAgainWithConsistentReads()
    {
        var requests = new List<BatchGetItemRequest>();
        var web = new ServiceRef("main", "web", "arn:aws:ecs:eu-west-1:1:service/main/web");
        var responses = new Queue<BatchGetItemResponse>([
            new BatchGetItemResponse
            {
                Responses = new() { ["costops"] = [ServiceStateItem.ToItem(Full(3))] },
                UnprocessedKeys = new() { ["costops"] = new KeysAndAttributes { Keys = [ServiceStateItem.Key(web.ServiceArn)], ConsistentRead = true } },
            },
            new BatchGetItemResponse
            {
                Responses = new() { ["costops"] = [ServiceStateItem.ToItem(new ServiceState(web, ServiceStatus.Running, 2, At))] },
            },
        ]);
        _client.Setup(c => c.BatchGetItemAsync(It.IsAny<BatchGetItemRequest>(), It.IsAny<CancellationToken>()))
            .Returns<BatchGetItemRequest, CancellationToken>((r, _) =>
            {
                requests.Add(r);
                return Task.FromResult(responses.Dequeue());
            });
        var reading = Store().GetManyAsync([Api.ServiceArn, web.ServiceArn], CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));

        var states = await reading;

        Assert.Equal(2, states!.Count);
        Assert.Equal(3, states[Api.ServiceArn].Version);
        Assert.Equal([2, 1], requests.Select(r => r.RequestItems["costops"].Keys.Count));
        Assert.All(requests, r => Assert.True(r.RequestItems["costops"].ConsistentRead));
        Assert.Equal(ServiceStatus.Running, states[web.ServiceArn].Status);
    }

    [Fact]
    public async Task AppendAsync_30Records_TwoBatchWritesAndUnprocessedItemsSentAgain()
    {
        var sizes = new List<int>();
        var first = true;
        _client.Setup(c => c.BatchWriteItemAsync(It.IsAny<BatchWriteItemRequest>(), It.IsAny<CancellationToken>()))
            .Returns<BatchWriteItemRequest, CancellationToken>((r, _) =>
            {
                var writes = r.RequestItems["costops"];
                sizes.Add(writes.Count);
                var response = new BatchWriteItemResponse();
                if (first)
                {
                    first = false;
                    response.UnprocessedItems = new() { ["costops"] = writes.Take(3).ToList() };
                }

                return Task.FromResult(response);
            });
        var records = Enumerable.Range(0, 30).Select(i => new ServiceActivity(Api.ServiceArn, "main", "api", "eu-west-1", ActivityKind.Stopped, At.AddSeconds(i), "stopped")).ToList();
        var appending = Store().AppendAsync(records, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));

        await appending;

        Assert.Equal([25, 3, 5], sizes);
    }

    [Fact]
    public async Task TrySaveAsync_FirstWrite_ConditionRequiresNoItem()
    {
        PutItemRequest? sent = null;
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutItemRequest, CancellationToken>((r, _) => sent = r).ReturnsAsync(new PutItemResponse());

        Assert.True(await Store().TrySaveAsync(Full(1), 0, CancellationToken.None));

        Assert.Equal("costops", sent!.TableName);
        Assert.Equal("attribute_not_exists(pk)", sent.ConditionExpression);
        Assert.Equal("svc#" + Api.ServiceArn, sent.Item["pk"].S);
        Assert.Equal("state", sent.Item["sk"].S);
        Assert.Equal("1", sent.Item["version"].N);
    }

    [Fact]
    public async Task TrySaveAsync_Update_ConditionChecksTheExpectedVersion()
    {
        PutItemRequest? sent = null;
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutItemRequest, CancellationToken>((r, _) => sent = r).ReturnsAsync(new PutItemResponse());

        Assert.True(await Store().TrySaveAsync(Full(8), 7, CancellationToken.None));

        Assert.Equal("#version = :expected", sent!.ConditionExpression);
        Assert.Equal("version", sent.ExpressionAttributeNames["#version"]);
        Assert.Equal("7", sent.ExpressionAttributeValues[":expected"].N);
        Assert.Equal("8", sent.Item["version"].N);
    }

    [Fact]
    public async Task TrySaveAsync_ConditionalCheckFailed_ReturnsFalseInsteadOfThrowing()
    {
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed"));

        Assert.False(await Store().TrySaveAsync(Full(8), 7, CancellationToken.None));
    }

    [Fact]
    public async Task TrySaveAsync_OtherDynamoError_Propagates()
    {
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ProvisionedThroughputExceededException("slow down"));

        await Assert.ThrowsAsync<ProvisionedThroughputExceededException>(() => Store().TrySaveAsync(Full(1), 0, CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_WhatWasSaved_RoundTripsEveryField()
    {
        Dictionary<string, AttributeValue>? stored = null;
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutItemRequest, CancellationToken>((r, _) => stored = r.Item).ReturnsAsync(new PutItemResponse());
        _client.Setup(c => c.GetItemAsync(It.Is<GetItemRequest>(r => r.ConsistentRead == true && r.Key["pk"].S == "svc#" + Api.ServiceArn),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new GetItemResponse { Item = stored });
        var original = Full(1);

        await Store().TrySaveAsync(original, 0, CancellationToken.None);
        var read = await Store().GetAsync(Api.ServiceArn, CancellationToken.None);

        Assert.Equal(original with { Snapshot = null }, read! with { Snapshot = null });
        Assert.Equal(original.Snapshot! with { CapacityProviderStrategy = [] }, read.Snapshot! with { CapacityProviderStrategy = [] });
        Assert.Equal(original.Snapshot.CapacityProviderStrategy, read.Snapshot.CapacityProviderStrategy);
    }

    [Fact]
    public async Task GetAsync_MinimalStateWithoutSnapshot_RoundTrips()
    {
        Dictionary<string, AttributeValue>? stored = null;
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutItemRequest, CancellationToken>((r, _) => stored = r.Item).ReturnsAsync(new PutItemResponse());
        _client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new GetItemResponse { Item = stored });
        var original = new ServiceState(Api, ServiceStatus.Deferred, 1, At);

        await Store().TrySaveAsync(original, 0, CancellationToken.None);

        Assert.Equal(original, await Store().GetAsync(Api.ServiceArn, CancellationToken.None));
        Assert.False(stored!.ContainsKey("snapshot"));
        Assert.False(stored.ContainsKey("lastError"));
    }

    [Fact]
    public async Task GetAsync_NoItem_ReturnsNull()
    {
        _client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new GetItemResponse());

        Assert.Null(await Store().GetAsync(Api.ServiceArn, CancellationToken.None));
    }

    [Fact]
    public async Task RecordRunAsync_Run_WritesDailyPartitionWithTtl()
    {
        PutItemRequest? sent = null;
        _client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutItemRequest, CancellationToken>((r, _) => sent = r).ReturnsAsync(new PutItemResponse());

        await Store().RecordRunAsync(new SchedulerRunRecord(At, At.AddSeconds(5), 2, 0, 0, 1, 1, null), CancellationToken.None);

        Assert.Equal("run#2026-03-02", sent!.Item["pk"].S);
        Assert.Equal("2", sent.Item["stopped"].N);
        Assert.Equal(At.AddDays(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Item["ttl"].N);
    }

    [Fact]
    public async Task RunningOutsideScheduleAsync_ScanPages_MapsDriftAndOverrides()
    {
        var drifted = ServiceStateItem.ToItem(new ServiceState(Api, ServiceStatus.Drifted, 3, At, DriftSeenAt: At));
        var overridden = ServiceStateItem.ToItem(new ServiceState(Api with { ServiceName = "web", ServiceArn = "arn:web" },
            ServiceStatus.Running, 1, At, Override: OverrideState.InForceMalformed));
        var pages = new Queue<ScanResponse>([
            new ScanResponse { Items = [drifted], LastEvaluatedKey = new() { ["pk"] = new AttributeValue { S = "x" } } },
            new ScanResponse { Items = [overridden] },
        ]);
        _client.Setup(c => c.ScanAsync(It.Is<ScanRequest>(r => r.FilterExpression.Contains("begins_with(pk, :svc)")), It.IsAny<CancellationToken>()))
            .ReturnsAsync(pages.Dequeue);

        var off = await Store().RunningOutsideScheduleAsync(CancellationToken.None);

        Assert.Equal([ActivityKind.Drift, ActivityKind.OverrideMalformed], off.Select(o => o.Reason));
        Assert.Equal(["api", "web"], off.Select(o => o.ServiceName));
    }

    [Fact]
    public void Constructor_EmptyTableName_ThrowsNamingTheOption()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DynamoDbStateStore(_client.Object, new DynamoDbStateStoreOptions(), _time));

        Assert.Contains("TableName", ex.Message, StringComparison.Ordinal);
    }
}
