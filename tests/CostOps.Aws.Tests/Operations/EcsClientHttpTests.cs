using System.Net;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Fakes;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

/// <summary>Every ECS operation through the real transport: the HTTP request on the wire and the parsed canned answer.</summary>
public sealed class EcsClientHttpTests
{
    private const string Region = "ap-southeast-2";
    private const string Host = "ecs.ap-southeast-2.amazonaws.com";
    private const string TargetPrefix = "AmazonEC2ContainerServiceV20141113.";
    private const string ServiceArn = "arn:aws:ecs:ap-southeast-2:123456789012:service/prod/web";

    private readonly TransportFixture _fixture = new(new Dictionary<string, string> { ["AWS_REGION"] = Region });

    private EcsClient Client => new(_fixture.Transport);

    [Fact]
    public async Task ListClustersAllAsync_TwoHttpPages_SendsTokenAndYieldsBothPages()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/ListClusters.json"))
            .Respond(HttpStatusCode.OK, """{"clusterArns":["arn:aws:ecs:us-east-1:012345678910:cluster/prod"]}""");

        var pages = await Client.ListClustersAllAsync(new() { MaxResults = 100 }, default).ToListAsync();

        Assert.Equal(
            ["arn:aws:ecs:us-east-1:012345678910:cluster/test", "arn:aws:ecs:us-east-1:012345678910:cluster/default", "arn:aws:ecs:us-east-1:012345678910:cluster/prod"],
            pages.SelectMany(p => p.ClusterArns!));
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        HttpCallAssert.Json11(_fixture.Handler.Requests[0], Host, TargetPrefix + "ListClusters", Region, "ecs", """{"maxResults":100}""");
        HttpCallAssert.Json11(_fixture.Handler.Requests[1], Host, TargetPrefix + "ListClusters", Region, "ecs", """{"nextToken":"eyJlbmNyeXB0ZWREYXRhIjpbXX0=","maxResults":100}""");
    }

    [Fact]
    public async Task DescribeClustersAsync_WithTagsAndSettings_SendsRequestAndParsesProviders()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/DescribeClusters.json"));

        var response = await Client.DescribeClustersAsync(new() { Clusters = ["default", "gone"], Include = ["TAGS", "SETTINGS"] }, default);

        HttpCallAssert.Json11(Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "DescribeClusters", Region, "ecs", """{"clusters":["default","gone"],"include":["TAGS","SETTINGS"]}""");
        var cluster = Assert.Single(response.Clusters!);
        Assert.Equal(("default", 4, 2), (cluster.ClusterName, cluster.RunningTasksCount, cluster.ActiveServicesCount));
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], cluster.CapacityProviders!);
        Assert.Equal([("FARGATE", 1, 1), ("FARGATE_SPOT", 3, 0)], cluster.DefaultCapacityProviderStrategy!.Select(s => (s.CapacityProvider, s.Weight, s.Base)));
        Assert.Equal(("costops:schedule", "office-hours"), (Assert.Single(cluster.Tags!).Key, cluster.Tags![0].Value));
        Assert.Equal("MISSING", Assert.Single(response.Failures!).Reason);
    }

    [Fact]
    public async Task ListServicesAllAsync_TwoHttpPages_SendsClusterAndTokenOnEachPage()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, """{"serviceArns":["arn:aws:ecs:us-east-1:012345678910:service/default/api"],"nextToken":"page-2"}""")
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/ListServices.json"));

        var pages = await Client.ListServicesAllAsync(new() { Cluster = "default", MaxResults = 100, LaunchType = "FARGATE" }, default).ToListAsync();

        Assert.Equal(["api", "my-http-service", "worker"], pages.SelectMany(p => p.ServiceArns!).Select(a => a[(a.LastIndexOf('/') + 1)..]));
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        HttpCallAssert.Json11(_fixture.Handler.Requests[0], Host, TargetPrefix + "ListServices", Region, "ecs", """{"cluster":"default","maxResults":100,"launchType":"FARGATE"}""");
        HttpCallAssert.Json11(_fixture.Handler.Requests[1], Host, TargetPrefix + "ListServices", Region, "ecs", """{"cluster":"default","nextToken":"page-2","maxResults":100,"launchType":"FARGATE"}""");
    }

    [Fact]
    public async Task DescribeServicesAsync_IncludeTags_SendsTagsAndParsesServiceTags()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/DescribeServices.json"));

        var response = await Client.DescribeServicesAsync(new() { Cluster = "default", Services = ["ecs-simple-service"], Include = ["TAGS"] }, default);

        HttpCallAssert.Json11(Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "DescribeServices", Region, "ecs", """{"cluster":"default","services":["ecs-simple-service"],"include":["TAGS"]}""");
        var service = Assert.Single(response.Services!);
        Assert.Equal(("ecs-simple-service", 2, 1), (service.ServiceName, service.DesiredCount, service.RunningCount));
        Assert.Equal([("costops:schedule", "office-hours"), ("team", "payments")], service.Tags!.Select(t => (t.Key, t.Value)));
        Assert.Empty(response.Failures!);
    }

    [Fact]
    public async Task DescribeServicesAllAsync_TwelveServices_SendsTwoHttpCallsOfTenAndTwo()
    {
        var names = Enumerable.Range(1, 12).Select(i => $"svc-{i:00}").ToArray();
        _fixture.Handler
            .Respond(HttpStatusCode.OK, """{"services":[{"serviceName":"svc-01"}],"failures":[]}""")
            .Respond(HttpStatusCode.OK, """{"services":[{"serviceName":"svc-12"}],"failures":[]}""");

        var pages = await Client.DescribeServicesAllAsync(new() { Cluster = "prod", Services = names, Include = ["TAGS"] }, default).ToListAsync();

        Assert.Equal(["svc-01", "svc-12"], pages.SelectMany(p => p.Services!).Select(s => s.ServiceName));
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        var first = string.Join(",", names.Take(10).Select(n => $"\"{n}\""));
        HttpCallAssert.Json11(_fixture.Handler.Requests[0], Host, TargetPrefix + "DescribeServices", Region, "ecs", $$"""{"cluster":"prod","services":[{{first}}],"include":["TAGS"]}""");
        HttpCallAssert.Json11(_fixture.Handler.Requests[1], Host, TargetPrefix + "DescribeServices", Region, "ecs", """{"cluster":"prod","services":["svc-11","svc-12"],"include":["TAGS"]}""");
    }

    [Fact]
    public async Task UpdateServiceAsync_DesiredCountZero_SendsCountAndParsesService()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/UpdateService.json"));

        var response = await Client.UpdateServiceAsync(new() { Cluster = "default", Service = "my-http-service", DesiredCount = 0 }, default);

        HttpCallAssert.Json11(Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "UpdateService", Region, "ecs", """{"cluster":"default","service":"my-http-service","desiredCount":0}""");
        Assert.Equal(("my-http-service", 0, 3, "FARGATE"), (response.Service!.ServiceName, response.Service.DesiredCount, response.Service.RunningCount, response.Service.LaunchType));
    }

    [Fact]
    public async Task UpdateServiceAsync_SpotStrategyWithForcedDeployment_SendsStrategy()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/UpdateService.json"));

        await Client.UpdateServiceAsync(
            new() { Cluster = "prod", Service = "web", CapacityProviderStrategy = [new() { CapacityProvider = "FARGATE_SPOT", Weight = 1, Base = 0 }], ForceNewDeployment = true },
            default);

        HttpCallAssert.Json11(
            Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "UpdateService", Region, "ecs",
            """{"cluster":"prod","service":"web","capacityProviderStrategy":[{"capacityProvider":"FARGATE_SPOT","weight":1,"base":0}],"forceNewDeployment":true}""");
    }

    [Fact]
    public async Task UpdateServiceAsync_ServiceNotFound_ThrowsAwsServiceExceptionWithCodeWithoutRetrying()
    {
        _fixture.Handler.Respond(
            HttpStatusCode.BadRequest,
            """{"__type":"com.amazonaws.ecs#ServiceNotFoundException","message":"Service not found."}""",
            ("x-amzn-RequestId", "req-404"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.UpdateServiceAsync(new() { Cluster = "prod", Service = "gone", DesiredCount = 0 }, default));

        Assert.Equal(("ECS", "UpdateService", "ServiceNotFoundException", "Service not found.", "req-404", HttpStatusCode.BadRequest), (error.ServiceId, error.Operation, error.ErrorCode, error.ErrorMessage, error.RequestId, error.StatusCode));
        Assert.Single(_fixture.Handler.Requests);
    }

    [Fact]
    public async Task TagResourceAsync_TwoTags_SendsTagsAndAcceptsEmptyAnswer()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/TagResource.json"));

        var response = await Client.TagResourceAsync(new() { ResourceArn = ServiceArn, Tags = [new() { Key = "costops:stopped-at", Value = "2026-03-02T19:00:00Z" }, new() { Key = "costops:desired", Value = "3" }] }, default);

        Assert.NotNull(response);
        HttpCallAssert.Json11(
            Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "TagResource", Region, "ecs",
            $$"""{"resourceArn":"{{ServiceArn}}","tags":[{"key":"costops:stopped-at","value":"2026-03-02T19:00:00Z"},{"key":"costops:desired","value":"3"}]}""");
    }

    [Fact]
    public async Task UntagResourceAsync_OneKey_SendsTagKeys()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/UntagResource.json"));

        var response = await Client.UntagResourceAsync(new() { ResourceArn = ServiceArn, TagKeys = ["costops:desired"] }, default);

        Assert.NotNull(response);
        HttpCallAssert.Json11(Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "UntagResource", Region, "ecs", $$"""{"resourceArn":"{{ServiceArn}}","tagKeys":["costops:desired"]}""");
    }

    [Fact]
    public async Task ListTagsForResourceAsync_Service_SendsArnAndParsesTags()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/ListTagsForResource.json"));

        var response = await Client.ListTagsForResourceAsync(new() { ResourceArn = ServiceArn }, default);

        HttpCallAssert.Json11(Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "ListTagsForResource", Region, "ecs", $$"""{"resourceArn":"{{ServiceArn}}"}""");
        Assert.Equal(("team", "dev"), (Assert.Single(response.Tags!).Key, response.Tags![0].Value));
    }

    [Fact]
    public async Task PutClusterCapacityProvidersAsync_FargateAndSpot_SendsProvidersAndStrategy()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/PutClusterCapacityProviders.json"));

        var response = await Client.PutClusterCapacityProvidersAsync(
            new() { Cluster = "MyCluster", CapacityProviders = ["FARGATE", "FARGATE_SPOT"], DefaultCapacityProviderStrategy = [new() { CapacityProvider = "FARGATE", Weight = 1, Base = 0 }] },
            default);

        HttpCallAssert.Json11(
            Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "PutClusterCapacityProviders", Region, "ecs",
            """{"cluster":"MyCluster","capacityProviders":["FARGATE","FARGATE_SPOT"],"defaultCapacityProviderStrategy":[{"capacityProvider":"FARGATE","weight":1,"base":0}]}""");
        Assert.Equal(("MyCluster", "ACTIVE"), (response.Cluster!.ClusterName, response.Cluster.Status));
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], response.Cluster.CapacityProviders!);
    }

    [Fact]
    public async Task DescribeTaskDefinitionAsync_Revision_SendsNameAndParsesTaskSize()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Ecs/DescribeTaskDefinition.json"));

        var response = await Client.DescribeTaskDefinitionAsync(new() { TaskDefinition = "hello_world:8" }, default);

        HttpCallAssert.Json11(Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "DescribeTaskDefinition", Region, "ecs", """{"taskDefinition":"hello_world:8"}""");
        var definition = response.TaskDefinition!;
        Assert.Equal(("hello_world", 8, "256", "512", "ARM64"), (definition.Family, definition.Revision, definition.Cpu, definition.Memory, definition.RuntimePlatform!.CpuArchitecture));
    }
}
