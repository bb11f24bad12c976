using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Aws.State;
using CostOps.Core.Scheduler.Ports;
using CostOps.TestSupport;

namespace CostOps.Aws.Tests.State.Engine;

/// <summary>Run records of the workers of a hub scheduler, on a DynamoDB-compatible engine: two accounts never overwrite each other.</summary>
[Collection(DynaliteCollection.Name)]
public sealed class RunRecordKeyEngineTests(DynaliteEngine engine) : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);

    private readonly List<IAmazonDynamoDB> _clients = [];
    private string _table = "";

    public async Task InitializeAsync()
    {
        if (engine.Problem is null)
        {
            _table = await engine.CreateTableAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }

    [SkippableFact]
    public async Task RecordRunAsync_TwoAccountsAndTheSingleAccountRunAtTheSameInstant_ThreeRecords()
    {
        engine.Require();
        var store = new DynamoDbStateStore(Client(), new DynamoDbStateStoreOptions { TableName = _table }, TestClock.At("2026-03-02T21:00:00Z"));

        await store.RecordRunAsync(new SchedulerRunRecord(At, At.AddSeconds(4), 3, 0, 0, 0, 0, null) { Account = "111111111111", Region = "eu-west-1" }, CancellationToken.None);
        await store.RecordRunAsync(new SchedulerRunRecord(At, At.AddSeconds(5), 5, 0, 0, 0, 1, null) { Account = "222222222222", Region = "eu-west-1" }, CancellationToken.None);
        await store.RecordRunAsync(new SchedulerRunRecord(At, At.AddSeconds(6), 7, 0, 0, 0, 0, null) { Account = "111111111111", Region = "us-east-1" }, CancellationToken.None);
        await store.RecordRunAsync(new SchedulerRunRecord(At, At.AddSeconds(6), 2, 0, 0, 0, 0, null), CancellationToken.None);

        var items = (await Client().QueryAsync(new QueryRequest
        {
            TableName = _table,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = "run#2026-03-02" } },
            ConsistentRead = true,
        })).Items;

        Assert.Equal(
        [
            ("2026-03-02T21:00:00.0000000Z", "", "", "2"),
            ("2026-03-02T21:00:00.0000000Z#111111111111#eu-west-1", "111111111111", "eu-west-1", "3"),
            ("2026-03-02T21:00:00.0000000Z#111111111111#us-east-1", "111111111111", "us-east-1", "7"),
            ("2026-03-02T21:00:00.0000000Z#222222222222#eu-west-1", "222222222222", "eu-west-1", "5"),
        ], items.Select(i => (i["sk"].S, i.GetValueOrDefault("account")?.S ?? "", i.GetValueOrDefault("region")?.S ?? "", i["stopped"].N)));
    }

    private IAmazonDynamoDB Client()
    {
        var client = engine.Client();
        _clients.Add(client);
        return client;
    }
}
