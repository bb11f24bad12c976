using CostOps.Aws.Ecs;

namespace CostOps.Simulator.Tests;

public sealed class DeploymentTests
{
    [Fact]
    public async Task UpdateService_ToASpotStrategyWithForceNewDeployment_RollsOutInProgressThenCompletedOnSpot()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("dev").AddService("dev", "web", 2);
        bed.Account.Clusters["dev"].CapacityProviders.AddRange(["FARGATE", "FARGATE_SPOT"]);

        await bed.Ecs.UpdateServiceAsync(new UpdateServiceRequest
        {
            Cluster = "dev",
            Service = "web",
            CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }],
            ForceNewDeployment = true,
        }, CancellationToken.None);
        var rolling = await bed.DescribeAsync("dev", "web");
        bed.Account.Advance(TimeSpan.FromMinutes(5));
        var done = await bed.DescribeAsync("dev", "web");

        Assert.Equal("IN_PROGRESS", rolling.Deployments![0].RolloutState);
        Assert.Equal(2, rolling.RunningCount);
        Assert.Null(rolling.LaunchType);
        Assert.Equal("COMPLETED", Assert.Single(done.Deployments!).RolloutState);
        Assert.Equal(2, bed.Account.Service("web").RunningOnSpot);
        Assert.Equal(2, done.RunningCount);
    }

    [Fact]
    public async Task UpdateService_StrategyWithProvidersNotAssociatedOrWithoutForceNewDeployment_IsRejected()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("dev").AddService("dev", "web", 1);

        var request = new UpdateServiceRequest
        {
            Cluster = "dev",
            Service = "web",
            CapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }],
            ForceNewDeployment = true,
        };

        var notAssociated = await Assert.ThrowsAsync<CostOps.Aws.Http.AwsServiceException>(() => bed.Ecs.UpdateServiceAsync(request, CancellationToken.None));
        bed.Account.Clusters["dev"].CapacityProviders.AddRange(["FARGATE", "FARGATE_SPOT"]);
        var notForced = await Assert.ThrowsAsync<CostOps.Aws.Http.AwsServiceException>(() => bed.Ecs.UpdateServiceAsync(request with { ForceNewDeployment = null }, CancellationToken.None));

        Assert.Contains("FARGATE_SPOT is not associated", notAssociated.Message, StringComparison.Ordinal);
        Assert.Contains("requires forceNewDeployment", notForced.Message, StringComparison.Ordinal);
        Assert.Equal("FARGATE", bed.Account.Service("web").LaunchType);
    }

    [Fact]
    public async Task PutClusterCapacityProviders_SetsTheDefaultStrategy()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("dev");

        await bed.Ecs.PutClusterCapacityProvidersAsync(new PutClusterCapacityProvidersRequest
        {
            Cluster = "dev",
            CapacityProviders = ["FARGATE", "FARGATE_SPOT"],
            DefaultCapacityProviderStrategy = [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 4 }, new CapacityProviderStrategyItem { CapacityProvider = "FARGATE", Weight = 1, Base = 1 }],
        }, CancellationToken.None);

        Assert.Equal(["FARGATE_SPOT", "FARGATE"], bed.Account.Clusters["dev"].DefaultStrategy.Select(s => s.CapacityProvider));
    }
}
