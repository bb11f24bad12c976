using CostOps.Aws.Adapters;
using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using CostOps.Core.Spot;
using CostOps.Core.State;
using CostOps.Simulator;
using Moq;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>The production Spot stack — manager, decider, adapters, ECS client and <see cref="AwsTransport"/> — over the simulated account.</summary>
public sealed class SpotOverHttpTests
{
    [Fact]
    public async Task ShortageThenCooldown_FallsBackToOnDemandAndReturnsToSpotThroughTheRealTransport()
    {
        var account = new SimulatedAccount(new SimulatorOptions { Region = "eu-west-1" })
            .AddCluster("dev", ("costops:managed", "true"));
        account.AddService("dev", "web", 2, tags: ("costops:capacity", "spot"));
        var clock = account.Clock;
        clock.SetUtcNow(DateTimeOffset.Parse("2026-11-16T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var transport = SimulatedAws.Transport(new SimulatorHandler(account), new VirtualDelay(clock, new Lock()), () => 0.5);
        var store = new InMemorySchedulerStateStore();
        var ecs = new EcsClient(transport);
        var scope = new EcsInventoryOptions { ClusterTagKey = "costops:managed", ClusterTagValue = "true" };
        var log = Mock.Of<IStructuredLog>();
        SpotManager Manager() => new(new SpotDecider(new SpotOptions()),
            new SpotPorts(new EcsServiceInventory(ecs, scope, log), new EcsSpotServices(ecs, scope), new EcsServiceStrategy(ecs),
                new EcsClusterProviders(ecs, scope), store, new InMemorySpotUsageLog()),
            Mock.Of<IMetricSink>(), log, clock);
        var web = account.Service("web");
        var shortage = new SpotPlacementFailure("evt-1", clock.GetUtcNow(), "SERVICE_TASK_PLACEMENT_FAILURE", "RESOURCE:FARGATE",
            [$"{account.ArnPrefix}capacity-provider/FARGATE_SPOT"]);

        var moved = await Manager().TickAsync(CancellationToken.None);
        var onSpot = Strategy(web);
        clock.Advance(TimeSpan.FromMinutes(1));
        var fallback = await Manager().PlacementFailureAsync($"{account.ArnPrefix}cluster/dev", web.Arn, shortage with { At = clock.GetUtcNow() }, CancellationToken.None);
        var onDemand = Strategy(web);
        var repeat = await Manager().PlacementFailureAsync($"{account.ArnPrefix}cluster/dev", web.Arn, shortage with { At = clock.GetUtcNow() }, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(60));
        var back = await Manager().TickAsync(CancellationToken.None);

        Assert.Equal(["FARGATE", "FARGATE_SPOT"], account.Clusters["dev"].CapacityProviders);
        Assert.Equal(SpotAction.MoveToSpot, Assert.Single(moved.Services).Action);
        Assert.Equal([("FARGATE", 0, 0), ("FARGATE_SPOT", 1, 0)], onSpot);
        Assert.Equal(SpotAction.Fallback, Assert.Single(fallback.Services).Action);
        Assert.Equal([("FARGATE", 1, 0), ("FARGATE_SPOT", 0, 0)], onDemand);
        Assert.Equal(SpotAction.Duplicate, Assert.Single(repeat.Services).Action);
        Assert.Equal(SpotAction.Return, Assert.Single(back.Services).Action);
        Assert.Equal([("FARGATE", 0, 0), ("FARGATE_SPOT", 1, 0)], Strategy(web));
        Assert.Equal(3, web.Updates);
        account.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(2, web.RunningOnSpot);
    }

    private static List<(string, int, int)> Strategy(SimService service) =>
        [.. service.CapacityProviderStrategy!.Select(s => (s.CapacityProvider, s.Weight ?? 0, s.Base ?? 0))];
}
