using System.Text.Json;
using CostOps.Aws.Ecs;

namespace CostOps.Simulator.Tests;

public sealed class SpotTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Shortage_OpeningWithAnInterruption_StopsTheTaskAfterTwoMinutesCannotPlaceItAndPlacesItWhenCapacityReturns()
    {
        var bed = new Testbed(new SimulatorOptions { Seed = 3 });
        bed.Account.Events.DuplicateRate = 0;
        bed.Account.AddCluster("dev").AddService("dev", "backend", 1, strategy: [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }]);
        bed.Account.Spot = new SpotPlan().AddShortage(Start.AddHours(14), Start.AddHours(15.5), interruptFirst: true);

        bed.Account.Advance(TimeSpan.FromHours(14) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await bed.DescribeAsync("dev", "backend")).RunningCount);
        bed.Account.Advance(TimeSpan.FromMinutes(2));
        var during = await bed.DescribeAsync("dev", "backend");
        bed.Account.Advance(TimeSpan.FromHours(1.5));
        var after = await bed.DescribeAsync("dev", "backend");

        Assert.Equal((1, 0, 1), (during.DesiredCount, during.RunningCount, during.PendingCount));
        Assert.Contains("Capacity is unavailable", during.Events![0].Message, StringComparison.Ordinal);
        Assert.Equal((1, 0), (after.RunningCount, after.PendingCount));
        var raised = bed.Account.Events.Raised.Select(e => (e.At, e.DetailType)).ToList();
        Assert.Equal(
            [(Start.AddHours(14), "ECS Task State Change"), (Start.AddHours(14).AddMinutes(2), "ECS Task State Change"), (Start.AddHours(14).AddMinutes(2), "ECS Service Action")],
            raised);
        using var failure = JsonDocument.Parse(bed.Account.Events.Raised[2].Json);
        Assert.Equal("SERVICE_TASK_PLACEMENT_FAILURE", failure.RootElement.GetProperty("detail").GetProperty("eventName").GetString());
        Assert.Equal("RESOURCE:FARGATE", failure.RootElement.GetProperty("detail").GetProperty("reason").GetString());
        using var warning = JsonDocument.Parse(bed.Account.Events.Raised[0].Json);
        Assert.Equal("SpotInterruption", warning.RootElement.GetProperty("detail").GetProperty("stopCode").GetString());
        Assert.Equal("RUNNING", warning.RootElement.GetProperty("detail").GetProperty("lastStatus").GetString());
    }

    [Fact]
    public void Interruption_OnDemandTasksOnly_NothingIsInterrupted()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod").AddService("prod", "backend", 2);
        bed.Account.Spot = new SpotPlan().AddShortage(Start.AddHours(1), Start.AddHours(2), interruptFirst: true);

        bed.Account.Advance(TimeSpan.FromHours(3));

        Assert.Equal(2, bed.Account.Service("backend").RunningCount);
        Assert.Empty(bed.Account.Events.Raised);
    }

    [Fact]
    public void TakeDue_EveryEventDuplicated_DeliversEachTwiceWithTheSameId()
    {
        var bed = new Testbed();
        bed.Account.Events.DuplicateRate = 1;
        bed.Account.AddCluster("dev").AddService("dev", "web", 2, strategy: [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }]);
        bed.Account.Spot = new SpotPlan().AddShortage(Start.AddHours(1), Start.AddHours(2), interruptFirst: true);

        bed.Account.Advance(TimeSpan.FromHours(3));
        var delivered = bed.Account.Events.TakeDue(bed.Clock.GetUtcNow());

        Assert.Equal(2 * bed.Account.Events.Raised.Count, delivered.Count);
        Assert.All(delivered.GroupBy(Id), g => Assert.Equal(2, g.Count()));
        Assert.Empty(bed.Account.Events.TakeDue(bed.Clock.GetUtcNow()));
    }

    [Fact]
    public void Seeded_SameSeed_SamePlan()
    {
        var a = SpotPlan.Seeded(42, Start, Start.AddDays(7), 3);
        var b = SpotPlan.Seeded(42, Start, Start.AddDays(7), 3);
        var c = SpotPlan.Seeded(43, Start, Start.AddDays(7), 3);

        Assert.Equal(a.Shortages, b.Shortages);
        Assert.NotEqual(a.Shortages, c.Shortages);
        Assert.All(a.Shortages, s => Assert.True(s.To > s.From && s.From >= Start));
    }

    private static string Id(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("id").GetString()!;
    }
}
