using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>The scheduler and the Spot manager share one state item per service: a start applies the strategy the Spot manager wants.</summary>
public sealed class SchedulerReconcilerSpotTests
{
    private static readonly SpotOptions Spot = new();

    [Fact]
    public async Task Start_FallbackInForceWhileStopped_StartsOnOnDemandWithOneUpdateService()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("web", 3);
        await h.RunAsync();
        await SetSpotAsync(h, SpotState.New(Spot) with { Mode = SpotMode.Fallback, Wanted = SpotStrategy.OnDemand(Spot), FallbackAt = SchedulerHarness.Evening });

        var summary = await h.RunAtAsync(SchedulerHarness.Morning);

        Assert.Equal(ServiceAction.Start, Assert.Single(summary.Services).Action);
        Assert.Equal(["UpdateService web", "UpdateServiceStrategy web"], h.Fleet.Calls.Where(c => c.StartsWith("UpdateService", StringComparison.Ordinal)));
        var started = h.Fleet.Get("web");
        Assert.Equal(3, started.DesiredCount);
        Assert.True(SpotStrategy.Same(SpotStrategy.OnDemand(Spot), started.CapacityProviderStrategy));
        Assert.Equal(SpotMode.Fallback, (await h.StateAsync("web"))!.Spot!.Mode);
    }

    [Fact]
    public async Task Start_SpotWantsTheStrategyTheServiceHas_StartsWithTheCountOnly()
    {
        var h = new SchedulerHarness();
        var service = h.Fleet.Add("web", 3);
        await h.RunAsync();
        await SetSpotAsync(h, SpotState.New(Spot) with { Wanted = service.CapacityProviderStrategy });

        await h.RunAtAsync(SchedulerHarness.Morning);

        Assert.Equal(0, h.Fleet.CallsTo("UpdateServiceStrategy"));
        Assert.Equal(3, h.Fleet.Get("web").DesiredCount);
    }

    [Fact]
    public async Task Start_NoSpotHistory_StartsWithTheCountOnly()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("web", 3);
        await h.RunAsync();

        await h.RunAtAsync(SchedulerHarness.Morning);

        Assert.Equal(0, h.Fleet.CallsTo("UpdateServiceStrategy"));
    }

    [Fact]
    public async Task Stop_KeepsTheSpotHistoryInTheSameItem()
    {
        var h = new SchedulerHarness(SchedulerHarness.Morning);
        h.Fleet.Add("web", 3);
        await h.RunAsync();
        await SetSpotAsync(h, SpotState.New(Spot));

        await h.RunAtAsync(SchedulerHarness.Morning.AddHours(12));

        var stored = await h.StateAsync("web");
        Assert.Equal((ServiceStatus.Stopped, SpotMode.Spot), (stored!.Status, stored.Spot!.Mode));
    }

    private static async Task SetSpotAsync(SchedulerHarness h, SpotState spot)
    {
        var stored = await h.StateAsync("web") ?? new ServiceState(h.Fleet.Get("web").Ref, ServiceStatus.Running, 0, SchedulerHarness.Evening);
        Assert.True(await h.Store.TrySaveAsync(stored with { Spot = spot, Version = stored.Version + 1, UpdatedAt = stored.UpdatedAt }, stored.Version, CancellationToken.None));
    }
}
