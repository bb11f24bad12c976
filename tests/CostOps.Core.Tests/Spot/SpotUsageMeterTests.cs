using CostOps.Core.Spot;
using CostOps.Core.State;
using static CostOps.Core.Tests.Spot.SpotServices;

namespace CostOps.Core.Tests.Spot;

public sealed class SpotUsageMeterTests
{
    [Fact]
    public void Tasks_BaseThenWeights_SplitsRunningTasks()
    {
        var service = On([new("FARGATE", 1, 1), new("FARGATE_SPOT", 3, 0)]) with { RunningCount = 5 };

        Assert.Equal((3m, 2m), SpotUsageMeter.Tasks(service));
    }

    [Fact]
    public void Tasks_LaunchTypeOrOnDemandStrategy_AllOnDemand()
    {
        Assert.Equal((0m, 2m), SpotUsageMeter.Tasks(OnLaunchType()));
        Assert.Equal((0m, 2m), SpotUsageMeter.Tasks(On(OnDemand)));
    }

    [Fact]
    public void Between_AcrossUtcMidnight_SplitsByDay()
    {
        var midnight = new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero);

        var usage = SpotUsageMeter.Between(On(SpotPlan), midnight.AddMinutes(-6), midnight.AddMinutes(9));

        Assert.Equal([(new DateOnly(2026, 3, 3), 0.2m), (new DateOnly(2026, 3, 4), 0.3m)], usage.Select(u => (u.Day, u.SpotTaskHours)));
        Assert.All(usage, u => Assert.Equal(0m, u.OnDemandTaskHours));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(31)]
    public void Between_FirstObservationOrGapLongerThan30Minutes_CountsNothing(int? minutesAgo) =>
        Assert.Empty(SpotUsageMeter.Between(On(SpotPlan), minutesAgo is { } m ? Noon.AddMinutes(-m) : null, Noon));

    [Fact]
    public async Task TickAsync_EveryTenMinutes_RecordsSpotAndOnDemandHoursPerDay()
    {
        var h = new SpotHarness();
        var usage = new InMemorySpotUsageLog();
        h.Add(On(SpotPlan));
        var manager = new SpotManager(new SpotDecider(Options), new(h.Inventory.Object, h.Lookup.Object, h.Strategy.Object, h.Clusters.Object, h.Store, usage),
            h.Metrics.Object, h.Log.Object, h.Time);

        for (var i = 0; i < 4; i++)
        {
            await manager.TickAsync(CancellationToken.None);
            h.Time.Advance(TimeSpan.FromMinutes(10));
        }

        var day = Assert.Single(await usage.ReadAsync(DateOnly.FromDateTime(Noon.UtcDateTime), DateOnly.FromDateTime(Noon.UtcDateTime).AddDays(1), CancellationToken.None).ToListAsync());
        Assert.Equal((1m, 0m), (Math.Round(day.SpotTaskHours, 6), day.OnDemandTaskHours));
    }

    [Fact]
    public async Task InMemorySpotUsageLog_StaleMark_LosesTheClaim()
    {
        var usage = new InMemorySpotUsageLog();
        Assert.True(await usage.TryClaimAsync("arn", null, Noon, CancellationToken.None));

        Assert.False(await usage.TryClaimAsync("arn", null, Noon.AddMinutes(10), CancellationToken.None));
        Assert.True(await usage.TryClaimAsync("arn", Noon, Noon.AddMinutes(10), CancellationToken.None));
    }
}
