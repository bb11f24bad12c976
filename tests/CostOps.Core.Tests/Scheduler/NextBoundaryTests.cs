using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Core.Tests.Scheduler;

public sealed class NextBoundaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);

    private readonly ScheduleDecider _decider = new(ScheduleConfiguration.FromJson("""
        {"schedules":{"office":{"timezone":"UTC","periods":["mon-fri 08:00-20:00"]},"late":{"timezone":"UTC","periods":["daily 06:00-22:00"]}}}
        """));

    [Fact]
    public void WakeUpAt_NoBoundary_IsNull()
    {
        Assert.Null(NextBoundary.WakeUpAt(null, Now));
    }

    [Fact]
    public void WakeUpAt_BoundaryAhead_IsTheBoundaryItself()
    {
        Assert.Equal(Now.AddHours(1), NextBoundary.WakeUpAt(Now.AddHours(1), Now));
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(0)]
    [InlineData(3)]
    public void WakeUpAt_BoundaryPassedDuringTheRunOrSecondsAway_IsTheMinuteAfterFiveSecondsFromNow(int secondsFromNow)
    {
        Assert.Equal(Now.AddMinutes(1), NextBoundary.WakeUpAt(Now.AddSeconds(secondsFromNow), Now));
    }

    [Fact]
    public void WakeUpAt_RunEndsLateInAMinute_FiveSecondsLeadCanReachTheMinuteAfter()
    {
        var now = Now.AddSeconds(57);

        Assert.Equal(Now.AddMinutes(2), NextBoundary.WakeUpAt(now.AddSeconds(-10), now));
    }

    [Fact]
    public void WakeUpAt_BoundaryWithinAMinute_RoundsUpSoTheScheduleNeverFiresBeforeIt()
    {
        // A one-time schedule fires anywhere in the minute it names.
        Assert.Equal(Now.AddMinutes(11), NextBoundary.WakeUpAt(Now.AddMinutes(10).AddSeconds(30), Now));
        Assert.Equal(Now.AddMinutes(11), NextBoundary.WakeUpAt(Now.AddMinutes(10).AddTicks(1), Now));
    }

    [Fact]
    public void WakeUpAt_BoundaryWithAnOffset_IsInUtc()
    {
        var at = NextBoundary.WakeUpAt(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(1)), Now);

        Assert.Equal(TimeSpan.Zero, at!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), at);
    }

    [Fact]
    public void Find_SeveralServices_IsTheEarliestBoundary()
    {
        var services = new[] { Service("a", "office"), Service("b", "late") };

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.Zero), NextBoundary.Find(_decider, services, Now));
    }

    [Fact]
    public void Find_DaemonService_IsLeftOutBecauseTheSchedulerDoesNotScaleIt()
    {
        var services = new[] { Service("a", "office"), Service("b", "late", SchedulingStrategy.Daemon) };

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), NextBoundary.Find(_decider, services, Now));
    }

    [Fact]
    public void Find_OnlyUnmanagedOrInvalidServices_IsNull()
    {
        var services = new[] { Service("a", "none"), Service("b", "not-a-schedule"), Service("c", null) };

        Assert.Null(NextBoundary.Find(_decider, services, Now));
    }

    private static ManagedService Service(string name, string? schedule, SchedulingStrategy strategy = SchedulingStrategy.Replica) =>
        new(new ServiceRef("main", name, FakeFleet.Arn(name)), 1, 1, strategy, false, [], "FARGATE",
            schedule is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["costops:schedule"] = schedule }, null, []);
}
