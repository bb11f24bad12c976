using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CostOps.Aws.State;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Aws.Tests.State;

public sealed class DynamoDbWakeDirectoryTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);
    private readonly Mock<IAmazonDynamoDB> _client = new(MockBehavior.Strict);

    [Fact]
    public async Task WaitingAsync_TwoPages_ReturnsEveryServiceWithSavedRoutes()
    {
        var web = Item("web", [new RuleRoute("rule/web", [new("tg/web", null)]) { Priority = 3, Hosts = ["dev-web.example.com"] }]);
        var api = Item("api", [new RuleRoute("rule/api", [new("tg/api", null)])]);
        _client.SetupSequence(c => c.ScanAsync(It.IsAny<ScanRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ScanResponse { Items = [web], LastEvaluatedKey = new() { ["pk"] = Attr.S("svc#x"), ["sk"] = Attr.S("state") } })
            .ReturnsAsync(new ScanResponse { Items = [api] });

        var waiting = await new DynamoDbWakeDirectory(_client.Object, new DynamoDbStateStoreOptions { TableName = "costops" }).WaitingAsync(default);

        Assert.Equal(["web", "api"], waiting.Select(w => w.Ref.ServiceName));
        Assert.Equal(["dev-web.example.com"], waiting[0].Routes[0].Hosts);
        Assert.Equal(3, waiting[0].Routes[0].Priority);
    }

    [Fact]
    public async Task WaitingAsync_Scan_FiltersOnSavedRoutesOfServiceItems()
    {
        ScanRequest? sent = null;
        _client.Setup(c => c.ScanAsync(It.IsAny<ScanRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ScanRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new ScanResponse { Items = [] });

        var waiting = await new DynamoDbWakeDirectory(_client.Object, new DynamoDbStateStoreOptions { TableName = "costops" }).WaitingAsync(default);

        Assert.Empty(waiting);
        Assert.Equal("costops", sent!.TableName);
        Assert.Equal("begins_with(pk, :svc) AND attribute_exists(#routes)", sent.FilterExpression);
        Assert.Equal("wakeRoutes", sent.ExpressionAttributeNames["#routes"]);
    }

    private static Dictionary<string, AttributeValue> Item(string name, IReadOnlyList<RuleRoute> routes) =>
        ServiceStateItem.ToItem(new ServiceState(new ServiceRef("dev", name, $"arn:aws:ecs:eu-west-1:1:service/dev/{name}"), ServiceStatus.Stopped, 2, At, WakeRoutes: routes));
}
