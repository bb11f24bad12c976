using CostOps.Aws.Adapters;

namespace CostOps.Aws.Tests.Adapters;

/// <summary>The boundary wake-up of one worker of a hub scheduler: its own schedule, which wakes only that account-region.</summary>
public sealed class WorkerWakeUpTests
{
    private static readonly DateTimeOffset Six = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    private static BoundaryWakeUpOptions Options(string account, string region) => new(
        "costops", "arn:aws:iam::123456789012:role/costops-boundary-wakeup", "arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler")
    { Account = account, Region = region };

    [Fact]
    public async Task EnsureAsync_TwoWorkers_TwoSchedulesEachNamingItsTarget()
    {
        var api = new FakeScheduleApi();

        await new EventBridgeBoundaryWakeUp(api, Options("111111111111", "eu-west-1")).EnsureAsync(Six, default);
        await new EventBridgeBoundaryWakeUp(api, Options("222222222222", "eu-west-1")).EnsureAsync(Six.AddHours(1), default);

        Assert.Equal(["costops-next-boundary-111111111111-eu-west-1", "costops-next-boundary-222222222222-eu-west-1"], api.Schedules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            """{"source":"costops.scheduler","trigger":"boundary","schedule":"costops-next-boundary-222222222222-eu-west-1","account":"222222222222","region":"eu-west-1"}""",
            api.Schedules["costops-next-boundary-222222222222-eu-west-1"].Target.Input);
        Assert.Equal("at(2026-03-02T19:00:00)", api.Schedules["costops-next-boundary-222222222222-eu-west-1"].ScheduleExpression);
    }

    [Fact]
    public void Name_LongestRegion_FitsEventBridgeSchedulersLimit()
    {
        var name = Options("111111111111", "ab-cdefghijklmnopqrstuv-9").Name;

        Assert.Equal(25, "ab-cdefghijklmnopqrstuv-9".Length);
        Assert.InRange(name.Length, 1, 64);
    }

    [Fact]
    public void InputOf_SingleAccount_IsTheFixedInput() =>
        Assert.Equal(EventBridgeBoundaryWakeUp.Input, EventBridgeBoundaryWakeUp.InputOf(new BoundaryWakeUpOptions("g", "r", "f")));
}
