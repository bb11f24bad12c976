using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EcsSpotServicesTests
{
    private readonly Mock<IEcsClient> _client = new(MockBehavior.Strict);

    [Theory]
    [InlineData("dev", true)]
    [InlineData("arn:aws:ecs:eu-west-1:1:cluster/dev", true)]
    [InlineData("prod", false)]
    public async Task InScopeAsync_ByName_MatchesNameOrArn(string configured, bool expected)
    {
        _client.Setup(c => c.DescribeClustersAsync(It.IsAny<DescribeClustersRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeClustersResponse { Clusters = [new() { ClusterArn = "arn:aws:ecs:eu-west-1:1:cluster/dev", ClusterName = "dev", Status = "ACTIVE" }] });

        var inScope = await new EcsSpotServices(_client.Object, new() { Clusters = [configured] }).InScopeAsync("arn:aws:ecs:eu-west-1:1:cluster/dev", CancellationToken.None);

        Assert.Equal(expected, inScope);
    }

    [Fact]
    public async Task FindAsync_KnownService_MapsStrategyLaunchTypeAndTags()
    {
        DescribeServicesRequest? sent = null;
        _client.Setup(c => c.DescribeServicesAsync(It.IsAny<DescribeServicesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<DescribeServicesRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new DescribeServicesResponse
            {
                Services = [new()
                {
                    ServiceArn = "arn:aws:ecs:eu-west-1:1:service/dev/web", ServiceName = "web", ClusterArn = "arn:aws:ecs:eu-west-1:1:cluster/dev",
                    Status = "ACTIVE", DesiredCount = 2, RunningCount = 2, CapacityProviderStrategy = [new() { CapacityProvider = "FARGATE_SPOT", Weight = 1 }],
                    Tags = [new() { Key = "costops:capacity", Value = "spot" }],
                }],
            });

        var found = await new EcsSpotServices(_client.Object, new() { Clusters = ["dev"] }).FindAsync("dev", "web", CancellationToken.None);

        Assert.Equal(["TAGS"], sent!.Include);
        Assert.Equal(("dev", "web", "spot"), (found!.Ref.ClusterName, found.Ref.ServiceName, found.Tags["costops:capacity"]));
        Assert.Equal("FARGATE_SPOT", Assert.Single(found.CapacityProviderStrategy).Provider);
    }

    [Fact]
    public async Task FindAsync_MissingService_ReturnsNull()
    {
        _client.Setup(c => c.DescribeServicesAsync(It.IsAny<DescribeServicesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DescribeServicesResponse { Services = [], Failures = [new() { Arn = "web", Reason = "MISSING" }] });

        Assert.Null(await new EcsSpotServices(_client.Object, new() { Clusters = ["dev"] }).FindAsync("dev", "web", CancellationToken.None));
    }
}
