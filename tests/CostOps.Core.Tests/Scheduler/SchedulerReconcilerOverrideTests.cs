using CostOps.Core.Activity;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using static CostOps.Core.Tests.Scheduler.SchedulerHarness;

namespace CostOps.Core.Tests.Scheduler;

public sealed class SchedulerReconcilerOverrideTests
{
    public static TheoryData<string, string, bool, ActivityKind> KeepRunningTable => new()
    {
        { "keep-running", "2026-03-03T18:00:00Z", false, ActivityKind.OverrideInForce },
        { "keep-running", "2026-03-01T18:00:00Z", true, ActivityKind.OverrideExpired },
        { "keep-running", "garbage", false, ActivityKind.OverrideMalformed },
        { "keep-running", "", false, ActivityKind.OverrideMalformed },
        { "keep-running", "True", false, ActivityKind.OverrideMalformed },
        { "keep-running", "2026-03-03T18:00:00", false, ActivityKind.OverrideMalformed },
        { "Keep-Running", "2026-03-03T18:00:00Z", false, ActivityKind.OverrideInForce },
        { "KEEP-RUNNING", "yes please", false, ActivityKind.OverrideMalformed },
    };

    [Theory]
    [MemberData(nameof(KeepRunningTable))]
    public async Task RunAsync_KeepRunningTable_StopsOnlyAfterWellFormedExpiryAndReportsOnce(
        string key, string value, bool stopped, ActivityKind reported)
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, tags: new() { ["costops:schedule"] = "office", [key] = value });

        await h.RunAsync();
        await h.RunAtAsync(Evening.AddMinutes(15));

        Assert.Equal(stopped ? 0 : 3, h.Fleet.Get("api").DesiredCount);
        Assert.Single(h.Activity.Items, a => a.Kind == reported);
        Assert.Equal(stopped ? 1 : 0, h.Activity.Items.Count(a => a.Kind == ActivityKind.Stopped));
    }

    [Fact]
    public async Task RunAsync_OverrideAddedToStoppedService_StartsItExactlyAndNeverStopsWhileInForce()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, new ScalingBounds(1, 6, false, false, false));
        await h.RunAsync();

        h.Fleet.Change("api", s => s with { Tags = new Dictionary<string, string>(s.Tags) { ["keep-running"] = "2026-03-03T02:00:00Z" } });
        var wake = await h.RunAtAsync(Evening.AddMinutes(30));
        var later = await h.RunAtAsync(Evening.AddHours(2));

        Assert.Equal(ServiceAction.Start, Assert.Single(wake.Services).Action);
        Assert.Equal(ServiceAction.None, Assert.Single(later.Services).Action);
        Assert.Equal(3, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(new ScalingBounds(1, 6, false, false, false), h.Fleet.Scaling("api"));

        // Past the end time the schedule applies again, with a fresh snapshot of the running service.
        var expired = await h.RunAtAsync(Evening.AddHours(6));
        Assert.Equal(ServiceAction.Stop, Assert.Single(expired.Services).Action);
        Assert.Equal(3, (await h.StateAsync("api"))!.Snapshot!.DesiredCount);
        Assert.Single(h.Activity.Items, a => a.Kind == ActivityKind.OverrideExpired);
    }

    [Fact]
    public async Task RunAsync_MalformedOverride_OutcomeCarriesTheError()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3, tags: new() { ["costops:schedule"] = "office", ["keep-running"] = "tomorrow" });

        var summary = await h.RunAsync();

        Assert.Contains("\"tomorrow\"", Assert.Single(summary.Services).Error, StringComparison.Ordinal);
        var off = Assert.Single(await h.Store.RunningOutsideScheduleAsync(CancellationToken.None));
        Assert.Equal(ActivityKind.OverrideMalformed, off.Reason);
    }
}
