using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;
using Moq;

namespace CostOps.Aws.Tests.Clients;

public sealed class EcsClientTests
{
    private readonly Mock<IAwsTransport> _transport = new(MockBehavior.Strict);

    [Fact]
    public async Task ListServicesAllAsync_ThreePages_SendsEachTokenAndYieldsEveryPage()
    {
        var pages = new Dictionary<string, ListServicesResponse>
        {
            [""] = new() { ServiceArns = ["a", "b"], NextToken = "t1" },
            ["t1"] = new() { ServiceArns = ["c"], NextToken = "t2" },
            ["t2"] = new() { ServiceArns = ["d"] },
        };
        var requests = _transport.SetupJson<ListServicesRequest, ListServicesResponse>(AwsServices.Ecs, "ListServices", r => pages[r.NextToken ?? string.Empty]);

        var result = await new EcsClient(_transport.Object).ListServicesAllAsync(new() { Cluster = "prod", MaxResults = 100 }, default).ToListAsync();

        Assert.Equal(["a", "b", "c", "d"], result.SelectMany(p => p.ServiceArns!));
        Assert.Equal([null, "t1", "t2"], requests.Select(r => r.NextToken));
        Assert.All(requests, r => Assert.Equal(("prod", 100), (r.Cluster, r.MaxResults)));
    }

    [Fact]
    public async Task ListClustersAllAsync_ThreePages_SendsEachToken()
    {
        var requests = _transport.SetupJson<ListClustersRequest, ListClustersResponse>(AwsServices.Ecs, "ListClusters", r => r.NextToken switch
        {
            null => new() { ClusterArns = ["c1"], NextToken = "n1" },
            "n1" => new() { ClusterArns = ["c2"], NextToken = "n2" },
            _ => new() { ClusterArns = ["c3"], NextToken = string.Empty },
        });

        var result = await new EcsClient(_transport.Object).ListClustersAllAsync(new(), default).ToListAsync();

        Assert.Equal(3, result.Count);
        Assert.Equal([null, "n1", "n2"], requests.Select(r => r.NextToken));
    }

    [Fact]
    public async Task ListClustersAllAsync_ServiceRepeatsToken_StopsWithClearError()
    {
        var requests = _transport.SetupJson<ListClustersRequest, ListClustersResponse>(AwsServices.Ecs, "ListClusters", _ => new() { ClusterArns = ["c"], NextToken = "same" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new EcsClient(_transport.Object).ListClustersAllAsync(new(), default).ToListAsync());

        Assert.Contains("ECS ListClusters returned the page token 'same' a second time", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, requests.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task DescribeServicesAsync_CountOutsideOneToTen_ThrowsWithoutCalling(int count)
    {
        var services = Enumerable.Range(1, count).Select(i => $"svc-{i}").ToArray();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new EcsClient(_transport.Object).DescribeServicesAsync(new() { Cluster = "prod", Services = services }, default));

        Assert.Contains($"1 to 10 services a call, got {count}", error.Message, StringComparison.Ordinal);
        _transport.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task DescribeServicesAllAsync_23Services_DescribesTenAtATimeInOrder()
    {
        var requests = _transport.SetupJson<DescribeServicesRequest, DescribeServicesResponse>(AwsServices.Ecs, "DescribeServices", r => new() { Services = [.. r.Services.Select(s => new Service { ServiceName = s })] });
        var names = Enumerable.Range(1, 23).Select(i => $"svc-{i:00}").ToArray();

        var pages = await new EcsClient(_transport.Object).DescribeServicesAllAsync(new() { Cluster = "prod", Services = names, Include = ["TAGS"] }, default).ToListAsync();

        Assert.Equal([10, 10, 3], requests.Select(r => r.Services.Count));
        Assert.Equal(names, pages.SelectMany(p => p.Services!).Select(s => s.ServiceName));
        Assert.All(requests, r => Assert.Equal(("prod", "TAGS"), (r.Cluster, Assert.Single(r.Include!))));
    }

    [Fact]
    public async Task UpdateServiceAsync_DesiredCountZero_SendsUpdateServiceToEcs()
    {
        var requests = _transport.SetupJson<UpdateServiceRequest, UpdateServiceResponse>(AwsServices.Ecs, "UpdateService", r => new() { Service = new() { DesiredCount = r.DesiredCount } });

        var response = await new EcsClient(_transport.Object).UpdateServiceAsync(new() { Cluster = "prod", Service = "web", DesiredCount = 0 }, default);

        var sent = Assert.Single(requests);
        Assert.Equal(("prod", "web", 0, (bool?)null), (sent.Cluster, sent.Service, sent.DesiredCount, sent.ForceNewDeployment));
        Assert.Equal(0, response.Service!.DesiredCount);
    }

    [Fact]
    public async Task UpdateServiceAsync_NegativeDesiredCount_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new EcsClient(_transport.Object).UpdateServiceAsync(new() { Service = "web", DesiredCount = -1 }, default));
        _transport.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task ListServicesAsync_MaxResultsOutOfRange_Throws(int maxResults)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new EcsClient(_transport.Object).ListServicesAsync(new() { MaxResults = maxResults }, default));
        _transport.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task TagAndCapacityOperations_UseTheirOwnOperationNames()
    {
        var tags = _transport.SetupJson<TagResourceRequest, TagResourceResponse>(AwsServices.Ecs, "TagResource", _ => new());
        var untags = _transport.SetupJson<UntagResourceRequest, UntagResourceResponse>(AwsServices.Ecs, "UntagResource", _ => new());
        var lists = _transport.SetupJson<ListTagsForResourceRequest, ListTagsForResourceResponse>(AwsServices.Ecs, "ListTagsForResource", _ => new() { Tags = [new() { Key = "k", Value = "v" }] });
        var puts = _transport.SetupJson<PutClusterCapacityProvidersRequest, PutClusterCapacityProvidersResponse>(AwsServices.Ecs, "PutClusterCapacityProviders", _ => new());
        var taskDefinitions = _transport.SetupJson<DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse>(AwsServices.Ecs, "DescribeTaskDefinition", _ => new() { TaskDefinition = new() { Cpu = "512" } });
        var clusters = _transport.SetupJson<DescribeClustersRequest, DescribeClustersResponse>(AwsServices.Ecs, "DescribeClusters", _ => new());
        var client = new EcsClient(_transport.Object);

        await client.TagResourceAsync(new() { ResourceArn = "arn:svc", Tags = [new() { Key = "k", Value = "v" }] }, default);
        await client.UntagResourceAsync(new() { ResourceArn = "arn:svc", TagKeys = ["k"] }, default);
        var listed = await client.ListTagsForResourceAsync(new() { ResourceArn = "arn:svc" }, default);
        await client.PutClusterCapacityProvidersAsync(new() { Cluster = "prod", CapacityProviders = ["FARGATE_SPOT"], DefaultCapacityProviderStrategy = [new() { CapacityProvider = "FARGATE_SPOT", Weight = 1 }] }, default);
        var definition = await client.DescribeTaskDefinitionAsync(new() { TaskDefinition = "web:3" }, default);
        await client.DescribeClustersAsync(new() { Clusters = ["prod"], Include = ["TAGS"] }, default);

        Assert.Equal("arn:svc", Assert.Single(tags).ResourceArn);
        Assert.Equal(["k"], Assert.Single(untags).TagKeys);
        Assert.Equal("arn:svc", Assert.Single(lists).ResourceArn);
        Assert.Equal("v", Assert.Single(listed.Tags!).Value);
        Assert.Equal("prod", Assert.Single(puts).Cluster);
        Assert.Equal("web:3", Assert.Single(taskDefinitions).TaskDefinition);
        Assert.Equal("512", definition.TaskDefinition!.Cpu);
        Assert.Equal(["prod"], Assert.Single(clusters).Clusters);
    }
}
