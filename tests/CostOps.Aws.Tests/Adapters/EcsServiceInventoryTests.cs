using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EcsServiceInventoryTests
{
    private readonly EcsFleetFake _fleet = new();
    private readonly Mock<IStructuredLog> _log = new();

    [Fact]
    public async Task ListAsync_ExplicitClusters_ListsEachWithHundredPerPageAndDescribesWithTags()
    {
        var web = _fleet.AddService("prod", "web");
        var api = _fleet.AddService("prod", "api");
        var jobs = _fleet.AddService("staging", "jobs");
        _fleet.ServicePages["prod"] = [[web], [api]];
        _fleet.ServicePages[EcsFleetFake.ClusterArn("staging")] = [[jobs]];

        var services = await ListAsync(new EcsInventoryOptions { Clusters = ["prod", EcsFleetFake.ClusterArn("staging")] });

        Assert.Equal([("prod", "web"), ("prod", "api"), ("staging", "jobs")], services.Select(s => (s.Ref.ClusterName, s.Ref.ServiceName)));
        Assert.Equal(["prod", EcsFleetFake.ClusterArn("staging")], _fleet.ListServicesCalls.Select(r => r.Cluster));
        Assert.All(_fleet.ListServicesCalls, r => Assert.Equal(100, r.MaxResults));
        Assert.Equal([[web], [api], [jobs]], _fleet.DescribeServicesCalls.Select(r => r.Services));
        Assert.All(_fleet.DescribeServicesCalls, r => Assert.Equal(["TAGS"], r.Include));
        Assert.Equal(["prod", "prod", EcsFleetFake.ClusterArn("staging")], _fleet.DescribeServicesCalls.Select(r => r.Cluster));
        _fleet.Client.Verify(c => c.ListClustersAllAsync(It.IsAny<ListClustersRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ListAsync_ByTag_PagesClustersDescribesHundredAtATimeAndKeepsMatchingActiveOnes()
    {
        var arns = Enumerable.Range(0, 150).Select(i => EcsFleetFake.ClusterArn($"c{i:D3}")).ToArray();
        _fleet.Client.Setup(c => c.ListClustersAllAsync(It.Is<ListClustersRequest>(r => r.MaxResults == 100), It.IsAny<CancellationToken>()))
            .Returns(EcsFleetFake.Pages(new[] { arns[..100], arns[100..] }.Select(p => new ListClustersResponse { ClusterArns = p })));
        _fleet.Client.Setup(c => c.DescribeClustersAsync(It.IsAny<DescribeClustersRequest>(), It.IsAny<CancellationToken>()))
            .Returns<DescribeClustersRequest, CancellationToken>((r, _) =>
            {
                _fleet.DescribeClustersCalls.Add(r);
                return Task.FromResult(new DescribeClustersResponse { Clusters = [.. r.Clusters!.Select(Cluster)] });
            });
        foreach (var name in new[] { "c007", "c120" })
        {
            _fleet.ServicePages[EcsFleetFake.ClusterArn(name)] = [[_fleet.AddService(name, "web")]];
        }

        var services = await ListAsync(new EcsInventoryOptions { ClusterTagKey = "costops:managed", ClusterTagValue = "true" });

        Assert.Equal([100, 50], _fleet.DescribeClustersCalls.Select(r => r.Clusters!.Count));
        Assert.Equal(arns, _fleet.DescribeClustersCalls.SelectMany(r => r.Clusters!));
        Assert.All(_fleet.DescribeClustersCalls, r => Assert.Equal(["TAGS"], r.Include));
        Assert.Equal([EcsFleetFake.ClusterArn("c007"), EcsFleetFake.ClusterArn("c120")], _fleet.ListServicesCalls.Select(r => r.Cluster));
        Assert.Equal(["c007", "c120"], services.Select(s => s.Ref.ClusterName));
    }

    [Fact]
    public async Task ListAsync_ByTagKeyOnly_AcceptsAnyValue()
    {
        _fleet.Client.Setup(c => c.ListClustersAllAsync(It.IsAny<ListClustersRequest>(), It.IsAny<CancellationToken>()))
            .Returns(EcsFleetFake.Pages([new ListClustersResponse { ClusterArns = [EcsFleetFake.ClusterArn("a"), EcsFleetFake.ClusterArn("b")] }]));
        _fleet.Client.Setup(c => c.DescribeClustersAsync(It.IsAny<DescribeClustersRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeClustersResponse
            {
                Clusters =
                [
                    new Cluster { ClusterArn = EcsFleetFake.ClusterArn("a"), Status = "ACTIVE", Tags = [new Tag { Key = "costops:managed", Value = "anything" }] },
                    new Cluster { ClusterArn = EcsFleetFake.ClusterArn("b"), Status = "ACTIVE", Tags = [new Tag { Key = "team", Value = "costops:managed" }] },
                ],
            });

        await ListAsync(new EcsInventoryOptions { ClusterTagKey = "costops:managed" });

        Assert.Equal([EcsFleetFake.ClusterArn("a")], _fleet.ListServicesCalls.Select(r => r.Cluster));
    }

    [Fact]
    public async Task ListAsync_ThreeServicesShareATaskDefinition_DescribesItOnce()
    {
        var shared = EcsFleetFake.TaskDefinitionArn("worker", 7);
        _fleet.ServicePages["prod"] = [[.. new[] { "w1", "w2", "w3" }.Select(n => _fleet.AddService("prod", n, shared))]];
        var inventory = Inventory(new EcsInventoryOptions { Clusters = ["prod"] });

        var first = await Collect(inventory);
        var second = await Collect(inventory);

        Assert.Equal([shared], _fleet.DescribeTaskDefinitionCalls);
        Assert.All(first.Concat(second), s => Assert.Equal(new TaskSize(0.25m, 0.5m, TaskSize.X86), s.TaskSize));
    }

    [Fact]
    public async Task ListAsync_TaskDefinitionDescribeFails_ListsWithoutSizeTriesOncePerListingAndWarns()
    {
        var denied = EcsFleetFake.TaskDefinitionArn("secret", 1);
        _fleet.ServicePages["prod"] = [[_fleet.AddService("prod", "a", denied), _fleet.AddService("prod", "b", denied), _fleet.AddService("prod", "ok")]];
        _fleet.TaskDefinitions.Remove(denied);
        var inventory = Inventory(new EcsInventoryOptions { Clusters = ["prod"] });

        var services = await Collect(inventory);
        await Collect(inventory);

        Assert.Equal([null, null], services.Take(2).Select(s => s.TaskSize));
        Assert.NotNull(services[2].TaskSize);
        Assert.Equal(2, _fleet.DescribeTaskDefinitionCalls.Count(d => d == denied));
        _log.Verify(l => l.Write(LogLevel.Warning, "inventory.task_definition", It.Is<string>(m => m.Contains("AccessDenied", StringComparison.Ordinal)),
            It.Is<IReadOnlyList<LogField>>(f => f.Contains(new LogField("taskDefinition", denied)))), Times.Exactly(2));
    }

    [Fact]
    public async Task ListAsync_DescribeServicesReportsFailure_SkipsThatService()
    {
        var gone = EcsFleetFake.ServiceArn("prod", "gone");
        _fleet.ServicePages["prod"] = [[_fleet.AddService("prod", "web"), gone]];
        _fleet.Failures.Add(new Failure { Arn = gone, Reason = "MISSING" });

        var services = await ListAsync(new EcsInventoryOptions { Clusters = ["prod"] });

        Assert.Equal(["web"], services.Select(s => s.Ref.ServiceName));
    }

    [Fact]
    public async Task ListAsync_PageOf25_DescribedTenAtATimeInListingOrder()
    {
        var arns = Enumerable.Range(0, 25).Select(i => _fleet.AddService("prod", $"s{i:00}", EcsFleetFake.TaskDefinitionArn("app", 1))).ToArray();
        _fleet.ServicePages["prod"] = [arns];

        var services = await ListAsync(new EcsInventoryOptions { Clusters = ["prod"] });

        Assert.Equal(arns, services.Select(s => s.Ref.ServiceArn));
        Assert.Equal([5, 10, 10], _fleet.DescribeServicesCalls.Select(r => r.Services.Count).Order());
    }

    [Fact]
    public async Task ListAsync_After_ListsEveryPageButDescribesOnlyTheServicesAfterIt()
    {
        var a = Enumerable.Range(0, 15).Select(i => _fleet.AddService("a", $"s{i:00}", EcsFleetFake.TaskDefinitionArn("app", 1))).ToArray();
        var b = Enumerable.Range(0, 5).Select(i => _fleet.AddService("b", $"s{i:00}", EcsFleetFake.TaskDefinitionArn("app", 1))).ToArray();
        _fleet.ServicePages["a"] = [a[..10], a[10..]];
        _fleet.ServicePages["b"] = [b];
        var inventory = Inventory(new EcsInventoryOptions { Clusters = ["a", "b"] });

        var services = new List<ManagedService>();
        await foreach (var service in inventory.ListAsync(a[11], CancellationToken.None))
        {
            services.Add(service);
        }

        Assert.Equal([.. a[12..], .. b], services.Select(s => s.Ref.ServiceArn));
        Assert.Equal(["a", "b"], _fleet.ListServicesCalls.Select(r => r.Cluster));
        Assert.Equal([a[12..], b], _fleet.DescribeServicesCalls.Select(r => r.Services));
    }

    [Fact]
    public async Task ListAsync_FirstServiceTaken_NextClusterNotListedYet()
    {
        _fleet.ServicePages["a"] = [[_fleet.AddService("a", "web")]];
        _fleet.ServicePages["b"] = [[_fleet.AddService("b", "web")]];
        var inventory = Inventory(new EcsInventoryOptions { Clusters = ["a", "b"] });

        await using var enumerator = inventory.ListAsync(CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());

        Assert.Equal("a", enumerator.Current.Ref.ClusterName);
        Assert.Equal(["a"], _fleet.ListServicesCalls.Select(r => r.Cluster));
    }

    [Fact]
    public void Constructor_InvalidScope_Throws() =>
        Assert.Throws<ArgumentException>(() => Inventory(new EcsInventoryOptions()));

    private static Cluster Cluster(string arn)
    {
        var index = int.Parse(arn[^3..], System.Globalization.CultureInfo.InvariantCulture);
        var tagged = index is 7 or 120 or 42;
        return new Cluster
        {
            ClusterArn = arn,
            Status = index == 42 ? "INACTIVE" : "ACTIVE",
            Tags = [new Tag { Key = "costops:managed", Value = tagged ? "true" : "false" }],
        };
    }

    private EcsServiceInventory Inventory(EcsInventoryOptions options) => new(_fleet.Client.Object, options, _log.Object);

    private Task<List<ManagedService>> ListAsync(EcsInventoryOptions options) => Collect(Inventory(options));

    private static async Task<List<ManagedService>> Collect(EcsServiceInventory inventory)
    {
        var list = new List<ManagedService>();
        await foreach (var service in inventory.ListAsync(CancellationToken.None))
        {
            list.Add(service);
        }

        return list;
    }
}
