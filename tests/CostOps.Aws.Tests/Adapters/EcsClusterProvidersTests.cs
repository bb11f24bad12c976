using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EcsClusterProvidersTests
{
    private readonly Mock<IEcsClient> _client = new(MockBehavior.Strict);
    private readonly List<PutClusterCapacityProvidersRequest> _puts = [];

    public EcsClusterProvidersTests()
    {
        _client.Setup(c => c.PutClusterCapacityProvidersAsync(It.IsAny<PutClusterCapacityProvidersRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PutClusterCapacityProvidersRequest, CancellationToken>((r, _) => _puts.Add(r))
            .ReturnsAsync(new PutClusterCapacityProvidersResponse());
    }

    [Fact]
    public async Task EnsureFargateProvidersAsync_SpotMissing_AddsItKeepingAsgProvidersAndTheDefaultStrategy()
    {
        Describe(new Cluster
        {
            ClusterArn = "arn:aws:ecs:eu-west-1:1:cluster/dev", ClusterName = "dev", Status = "ACTIVE",
            CapacityProviders = ["asg-large", "FARGATE"],
            DefaultCapacityProviderStrategy = [new() { CapacityProvider = "asg-large", Weight = 1, Base = 2 }],
        });

        var outcomes = await Providers(new() { Clusters = ["dev"] }).EnsureFargateProvidersAsync(CancellationToken.None);

        var put = Assert.Single(_puts);
        Assert.Equal(["asg-large", "FARGATE", "FARGATE_SPOT"], put.CapacityProviders);
        Assert.Equal([("asg-large", 1, 2)], put.DefaultCapacityProviderStrategy.Select(s => (s.CapacityProvider, s.Weight ?? 0, s.Base ?? 0)));
        Assert.Equal(["FARGATE_SPOT"], Assert.Single(outcomes).Added);
    }

    [Fact]
    public async Task EnsureFargateProvidersAsync_BothPresent_MakesNoChange()
    {
        Describe(new Cluster { ClusterArn = "arn:aws:ecs:eu-west-1:1:cluster/dev", ClusterName = "dev", CapacityProviders = ["FARGATE_SPOT", "FARGATE"] });

        var outcomes = await Providers(new() { Clusters = ["dev"] }).EnsureFargateProvidersAsync(CancellationToken.None);

        Assert.Empty(_puts);
        Assert.Empty(Assert.Single(outcomes).Added);
    }

    [Fact]
    public async Task EnsureFargateProvidersAsync_ByTag_OnlyTaggedActiveClustersAndEachFailureReported()
    {
        _client.Setup(c => c.ListClustersAllAsync(It.IsAny<ListClustersRequest>(), It.IsAny<CancellationToken>()))
            .Returns(new[] { new ListClustersResponse { ClusterArns = ["a", "b", "c"] } }.ToAsyncEnumerable());
        Describe(
            new Cluster { ClusterArn = "a", ClusterName = "a", Tags = [new() { Key = "costops", Value = "on" }] },
            new Cluster { ClusterArn = "b", ClusterName = "b", Tags = [new() { Key = "other", Value = "on" }] },
            new Cluster { ClusterArn = "c", ClusterName = "c", Status = "INACTIVE", Tags = [new() { Key = "costops", Value = "on" }] });
        _client.Setup(c => c.PutClusterCapacityProvidersAsync(It.IsAny<PutClusterCapacityProvidersRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("AccessDeniedException: not allowed"));

        var outcomes = await Providers(new() { ClusterTagKey = "costops" }).EnsureFargateProvidersAsync(CancellationToken.None);

        var only = Assert.Single(outcomes);
        Assert.Equal("a", only.Cluster);
        Assert.Contains("could not associate FARGATE and FARGATE_SPOT: InvalidOperationException: AccessDeniedException", only.Error, StringComparison.Ordinal);
    }

    private void Describe(params Cluster[] clusters) =>
        _client.Setup(c => c.DescribeClustersAsync(It.IsAny<DescribeClustersRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeClustersResponse { Clusters = clusters });

    private EcsClusterProviders Providers(EcsInventoryOptions scope) => new(_client.Object, scope);
}
