using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EcsServiceCapacityTests
{
    private static readonly ServiceRef Web = new("prod", "web", EcsFleetFake.ServiceArn("prod", "web"));

    [Fact]
    public async Task SetDesiredCountAsync_SendsClusterServiceAndCountOnly()
    {
        var client = new Mock<IEcsClient>(MockBehavior.Strict);
        UpdateServiceRequest? sent = null;
        client.Setup(c => c.UpdateServiceAsync(It.IsAny<UpdateServiceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateServiceRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new UpdateServiceResponse());

        await new EcsServiceCapacity(client.Object).SetDesiredCountAsync(Web, 0, CancellationToken.None);

        Assert.Equal(new UpdateServiceRequest { Cluster = "prod", Service = "web", DesiredCount = 0 }, sent);
        Assert.Null(sent!.ForceNewDeployment);
        Assert.Null(sent.CapacityProviderStrategy);
    }

    [Fact]
    public async Task SetDesiredCountAsync_WithStrategy_SendsCountStrategyAndNewDeploymentInOneCall()
    {
        var client = new Mock<IEcsClient>(MockBehavior.Strict);
        UpdateServiceRequest? sent = null;
        client.Setup(c => c.UpdateServiceAsync(It.IsAny<UpdateServiceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateServiceRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new UpdateServiceResponse());

        await new EcsServiceCapacity(client.Object).SetDesiredCountAsync(Web, 3, [new("FARGATE", 1, 0), new("FARGATE_SPOT", 0, 0)], CancellationToken.None);

        Assert.Equal((3, true), (sent!.DesiredCount!.Value, sent.ForceNewDeployment!.Value));
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], sent.CapacityProviderStrategy!.Select(s => s.CapacityProvider));
        client.Verify(c => c.UpdateServiceAsync(It.IsAny<UpdateServiceRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SetDesiredCountAsync_ClientFails_Throws()
    {
        var client = new Mock<IEcsClient>();
        client.Setup(c => c.UpdateServiceAsync(It.IsAny<UpdateServiceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("throttled"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => new EcsServiceCapacity(client.Object).SetDesiredCountAsync(Web, 3, CancellationToken.None));
    }

    [Fact]
    public async Task SetDesiredCountAsync_NegativeCount_ThrowsWithoutCalling()
    {
        var client = new Mock<IEcsClient>(MockBehavior.Strict);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new EcsServiceCapacity(client.Object).SetDesiredCountAsync(Web, -1, CancellationToken.None));
    }
}
