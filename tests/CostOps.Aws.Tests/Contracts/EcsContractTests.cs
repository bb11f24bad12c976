using System.Text.Json;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Aws.Json;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class EcsContractTests
{
    private const string Cluster = "arn:aws:ecs:eu-west-1:123456789012:cluster/prod";
    private const string ServiceArn = "arn:aws:ecs:eu-west-1:123456789012:service/prod/web";
    private static readonly CapacityProviderStrategyItem[] Spot =
    [
        new() { CapacityProvider = "FARGATE", Weight = 0, Base = 1 },
        new() { CapacityProvider = "FARGATE_SPOT", Weight = 1 },
    ];

    private readonly ServiceModel _model = BotocoreModels.Load("Ecs");

    [Theory]
    [InlineData("ListClusters")]
    [InlineData("DescribeClusters")]
    [InlineData("ListServices")]
    [InlineData("DescribeServices")]
    [InlineData("UpdateService")]
    [InlineData("UpdateServiceCapacity")]
    [InlineData("TagResource")]
    [InlineData("UntagResource")]
    [InlineData("ListTagsForResource")]
    [InlineData("PutClusterCapacityProviders")]
    [InlineData("DescribeTaskDefinition")]
    public async Task Request_BuiltByClient_ValidatesAgainstInputShape(string scenario)
    {
        var transport = new RecordingAwsTransport();
        var client = new EcsClient(transport);

        await ((Task)(scenario switch
        {
            "ListClusters" => (Task)client.ListClustersAsync(new() { MaxResults = 100, NextToken = "token-1" }, default),
            "DescribeClusters" => client.DescribeClustersAsync(new() { Clusters = [Cluster], Include = ["TAGS", "SETTINGS"] }, default),
            "ListServices" => client.ListServicesAsync(new() { Cluster = Cluster, MaxResults = 100, NextToken = "t", LaunchType = "FARGATE", SchedulingStrategy = "REPLICA" }, default),
            "DescribeServices" => client.DescribeServicesAsync(new() { Cluster = Cluster, Services = [ServiceArn, "api"], Include = ["TAGS"] }, default),
            "UpdateService" => client.UpdateServiceAsync(new() { Cluster = Cluster, Service = ServiceArn, DesiredCount = 0 }, default),
            "UpdateServiceCapacity" => client.UpdateServiceAsync(new() { Cluster = Cluster, Service = ServiceArn, CapacityProviderStrategy = Spot, ForceNewDeployment = true }, default),
            "TagResource" => client.TagResourceAsync(new() { ResourceArn = ServiceArn, Tags = [new() { Key = "costops:desired", Value = "3" }, new() { Key = "costops:stopped-at", Value = "2026-03-02T19:00:00Z" }] }, default),
            "UntagResource" => client.UntagResourceAsync(new() { ResourceArn = ServiceArn, TagKeys = ["costops:desired"] }, default),
            "ListTagsForResource" => client.ListTagsForResourceAsync(new() { ResourceArn = ServiceArn }, default),
            "PutClusterCapacityProviders" => client.PutClusterCapacityProvidersAsync(new() { Cluster = Cluster, CapacityProviders = ["FARGATE", "FARGATE_SPOT"], DefaultCapacityProviderStrategy = Spot }, default),
            "DescribeTaskDefinition" => client.DescribeTaskDefinitionAsync(new() { TaskDefinition = "web:42", Include = ["TAGS"] }, default),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        }));

        var call = Assert.Single(transport.JsonCalls);
        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.Ecs, scenario == "UpdateServiceCapacity" ? "UpdateService" : scenario, call);
    }

    [Theory]
    [InlineData("ListClusters")]
    [InlineData("DescribeClusters")]
    [InlineData("ListServices")]
    [InlineData("DescribeServices")]
    [InlineData("UpdateService")]
    [InlineData("TagResource")]
    [InlineData("UntagResource")]
    [InlineData("ListTagsForResource")]
    [InlineData("PutClusterCapacityProviders")]
    [InlineData("DescribeTaskDefinition")]
    public void ResponseFixture_ValidatesAgainstOutputShape(string operation) =>
        ContractAssert.OutputMatchesModel(_model, operation, ContractAssert.Fixture($"Ecs/{operation}.json"));

    [Fact]
    public void DescribeServicesFixture_Deserializes_ServiceWithTagsSpotStrategyAndRollout()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("Ecs/DescribeServices.json"), AwsJsonContext.Default.DescribeServicesResponse)!;

        var service = Assert.Single(response.Services!);
        Assert.Empty(response.Failures!);
        Assert.Equal("ecs-simple-service", service.ServiceName);
        Assert.Equal(2, service.DesiredCount);
        Assert.Equal(1, service.RunningCount);
        Assert.Equal("REPLICA", service.SchedulingStrategy);
        Assert.Null(service.LaunchType);
        Assert.Equal("FARGATE_SPOT", Assert.Single(service.CapacityProviderStrategy!).CapacityProvider);
        Assert.Equal(new DateTimeOffset(2016, 8, 29, 16, 25, 52, 130, TimeSpan.Zero), service.CreatedAt);
        Assert.Equal(["costops:schedule", "team"], service.Tags!.Select(t => t.Key));
        Assert.Equal("payments", service.Tags![1].Value);
        var deployment = Assert.Single(service.Deployments!);
        Assert.Equal("IN_PROGRESS", deployment.RolloutState);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 18, 41, 7, TimeSpan.Zero), deployment.UpdatedAt);
        var serviceEvent = Assert.Single(service.Events!);
        Assert.Equal("(service ecs-simple-service) has reached a steady state.", serviceEvent.Message);
        Assert.Equal(new DateTimeOffset(2016, 8, 29, 16, 25, 58, 520, TimeSpan.Zero), serviceEvent.CreatedAt);
    }

    [Fact]
    public void DescribeClustersFixture_Deserializes_ProvidersDefaultStrategyAndFailures()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("Ecs/DescribeClusters.json"), AwsJsonContext.Default.DescribeClustersResponse)!;

        var cluster = Assert.Single(response.Clusters!);
        Assert.Equal("default", cluster.ClusterName);
        Assert.Equal(2, cluster.ActiveServicesCount);
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], cluster.CapacityProviders);
        Assert.Equal([(1, 1), (3, 0)], cluster.DefaultCapacityProviderStrategy!.Select(s => (s.Weight ?? -1, s.Base ?? -1)));
        Assert.Equal("office-hours", Assert.Single(cluster.Tags!).Value);
        Assert.Equal("MISSING", Assert.Single(response.Failures!).Reason);
    }

    [Fact]
    public void ListClustersFixture_Deserializes_ArnsAndNextToken()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("Ecs/ListClusters.json"), AwsJsonContext.Default.ListClustersResponse)!;

        Assert.Equal(2, response.ClusterArns!.Count);
        Assert.EndsWith("cluster/test", response.ClusterArns[0], StringComparison.Ordinal);
        Assert.Equal("eyJlbmNyeXB0ZWREYXRhIjpbXX0=", response.NextToken);
    }

    [Fact]
    public void DescribeTaskDefinitionFixture_Deserializes_TaskSizeAndPlatform()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("Ecs/DescribeTaskDefinition.json"), AwsJsonContext.Default.DescribeTaskDefinitionResponse)!;

        var definition = response.TaskDefinition!;
        Assert.Equal("256", definition.Cpu);
        Assert.Equal("512", definition.Memory);
        Assert.Equal("ARM64", definition.RuntimePlatform!.CpuArchitecture);
        Assert.Equal(["FARGATE"], definition.RequiresCompatibilities);
        Assert.Equal(8, definition.Revision);
        Assert.Equal((10, 500), (Assert.Single(definition.ContainerDefinitions!).Cpu, definition.ContainerDefinitions![0].Memory));
    }

    [Fact]
    public void UpdateServiceAndPutClusterCapacityProvidersFixtures_Deserialize_ReturnedResources()
    {
        var update = JsonSerializer.Deserialize(ContractAssert.Fixture("Ecs/UpdateService.json"), AwsJsonContext.Default.UpdateServiceResponse)!;
        var put = JsonSerializer.Deserialize(ContractAssert.Fixture("Ecs/PutClusterCapacityProviders.json"), AwsJsonContext.Default.PutClusterCapacityProvidersResponse)!;
        var tags = JsonSerializer.Deserialize(ContractAssert.Fixture("Ecs/ListTagsForResource.json"), AwsJsonContext.Default.ListTagsForResourceResponse)!;
        var services = JsonSerializer.Deserialize(ContractAssert.Fixture("Ecs/ListServices.json"), AwsJsonContext.Default.ListServicesResponse)!;

        Assert.Equal((0, 3), (update.Service!.DesiredCount, update.Service.RunningCount));
        Assert.Equal("COMPLETED", Assert.Single(update.Service.Deployments!).RolloutState);
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], put.Cluster!.CapacityProviders);
        Assert.Equal(("team", "dev"), (Assert.Single(tags.Tags!).Key, tags.Tags![0].Value));
        Assert.Equal(2, services.ServiceArns!.Count);
        Assert.Null(services.NextToken);
    }
}
