using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EcsServiceStrategyTests
{
    private static readonly ServiceRef Web = new("prod", "web", EcsFleetFake.ServiceArn("prod", "web"));

    [Fact]
    public async Task SetStrategyAsync_SendsTheStrategyWithANewDeploymentAndNoCount()
    {
        var client = new Mock<IEcsClient>(MockBehavior.Strict);
        UpdateServiceRequest? sent = null;
        client.Setup(c => c.UpdateServiceAsync(It.IsAny<UpdateServiceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateServiceRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new UpdateServiceResponse());

        await new EcsServiceStrategy(client.Object).SetStrategyAsync(Web, [new("FARGATE", 0, 1), new("FARGATE_SPOT", 1, 0)], CancellationToken.None);

        Assert.Equal(("prod", "web", true, (int?)null), (sent!.Cluster, sent.Service, sent.ForceNewDeployment!.Value, sent.DesiredCount));
        Assert.Equal([("FARGATE", 0, 1), ("FARGATE_SPOT", 1, 0)], sent.CapacityProviderStrategy!.Select(s => (s.CapacityProvider, s.Weight ?? -1, s.Base ?? -1)));
    }
}
