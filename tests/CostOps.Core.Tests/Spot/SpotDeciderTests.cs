using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot;
using static CostOps.Core.Tests.Spot.SpotServices;

namespace CostOps.Core.Tests.Spot;

public sealed class SpotDeciderTests
{
    private readonly SpotDecider _decider = new(Options);

    [Fact]
    public void Tick_LaunchTypeFargateOptedIn_MovesToTheSpotStrategy()
    {
        var decision = _decider.Tick(OnLaunchType(), null, Noon);

        Assert.Equal(SpotAction.MoveToSpot, decision.Action);
        Assert.Equal(SpotPlan, decision.Apply);
        Assert.Equal(SpotMode.Spot, decision.Next!.Mode);
        Assert.True(decision.Write);
    }

    [Fact]
    public void Tick_AlreadyOnTheSpotStrategyAndRecorded_DoesNothing()
    {
        var service = On(SpotPlan);

        var decision = _decider.Tick(service, Stored(service, OnSpot()), Noon);

        Assert.Equal((SpotAction.None, (IReadOnlyList<CapacityProviderItem>?)null, false), (decision.Action, decision.Apply, decision.Write));
    }

    [Fact]
    public void Tick_ClusterDefaultWithoutTag_MovesAndOptOutTagDoesNot()
    {
        Assert.Equal(SpotAction.MoveToSpot, _decider.Tick(OnLaunchType(cluster: "dev", capacityTag: null), null, Noon).Action);
        Assert.Equal(SpotAction.None, _decider.Tick(OnLaunchType(cluster: "dev", capacityTag: "on-demand"), null, Noon).Action);
        Assert.Equal(SpotAction.None, _decider.Tick(OnLaunchType(cluster: "prod", capacityTag: null), null, Noon).Action);
    }

    [Fact]
    public void Tick_UnreadableTag_SkipsWithTheError()
    {
        var decision = _decider.Tick(OnLaunchType(capacityTag: "yes please"), null, Noon);

        Assert.Equal(SpotAction.Skip, decision.Action);
        Assert.Null(decision.Apply);
        Assert.Contains("'yes please'", decision.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, ManagedService> Unmovable => new()
    {
        { "launch type EC2", OnLaunchType() with { LaunchType = "EC2" } },
        { "DAEMON", OnLaunchType() with { Strategy = SchedulingStrategy.Daemon } },
        { "'asg-provider'", On([new("asg-provider", 1, 0), new("FARGATE_SPOT", 1, 0)]) },
    };

    [Theory]
    [MemberData(nameof(Unmovable))]
    public void Tick_ServiceThatCannotRunOnSpot_IsReportedWithTheReasonAndLeftAlone(string reason, ManagedService service)
    {
        var decision = _decider.Tick(service, null, Noon);

        Assert.Equal(SpotAction.CannotMove, decision.Action);
        Assert.Contains(reason, decision.Reason, StringComparison.Ordinal);
        Assert.Null(decision.Apply);
        Assert.False(decision.Write);
    }

    [Fact]
    public void Tick_StoppedByTheScheduler_WaitsWithoutADeployment()
    {
        var service = OnLaunchType() with { DesiredCount = 0, RunningCount = 0 };

        var decision = _decider.Tick(service, Stored(service, null, ServiceStatus.Stopped), Noon);

        Assert.Equal(SpotAction.Wait, decision.Action);
        Assert.Null(decision.Apply);
        Assert.Equal(SpotPlan, decision.Next!.Wanted);
    }

    [Fact]
    public void Tick_DeploymentInProgress_DefersTheMove() =>
        Assert.Equal(SpotAction.Defer, _decider.Tick(OnLaunchType() with { DeploymentInProgress = true }, null, Noon).Action);

    [Fact]
    public void PlacementFailure_SpotShortageForServiceOnSpot_FallsBackToOnDemandWithTheSameBase()
    {
        var service = On(SpotPlan);

        var decision = _decider.PlacementFailure(service, Stored(service, OnSpot()), Shortage(), Noon);

        Assert.Equal(SpotAction.Fallback, decision.Action);
        Assert.Equal(OnDemand, decision.Apply);
        Assert.Equal((SpotMode.Fallback, Noon, TimeSpan.FromMinutes(60)), (decision.Next!.Mode, decision.Next.FallbackAt!.Value, decision.Next.Cooldown));
        Assert.True(decision.Next.HasSeen("evt-1"));
    }

    [Fact]
    public void PlacementFailure_SameEventAgain_IsADuplicate()
    {
        var service = On(SpotPlan);
        var first = _decider.PlacementFailure(service, Stored(service, OnSpot()), Shortage(), Noon);

        var again = _decider.PlacementFailure(service with { CapacityProviderStrategy = OnDemand }, Stored(service, first.Next), Shortage(), Noon.AddSeconds(5));

        Assert.Equal(SpotAction.Duplicate, again.Action);
        Assert.Null(again.Apply);
    }

    [Theory]
    [InlineData("SERVICE_STEADY_STATE", "RESOURCE:FARGATE", "FARGATE_SPOT")]
    [InlineData("SERVICE_TASK_PLACEMENT_FAILURE", "RESOURCE:MEMORY", "FARGATE_SPOT")]
    [InlineData("SERVICE_TASK_PLACEMENT_FAILURE", "RESOURCE:FARGATE", "FARGATE")]
    public void PlacementFailure_NotASpotShortage_IsIgnored(string name, string reason, string provider)
    {
        var service = On(SpotPlan);
        var failure = new SpotPlacementFailure("e", Noon, name, reason, [$"arn:aws:ecs:eu-west-1:1:capacity-provider/{provider}"]);

        Assert.Equal(SpotAction.Ignore, _decider.PlacementFailure(service, Stored(service, OnSpot()), failure, Noon).Action);
    }

    [Fact]
    public void PlacementFailure_ServiceNotOptedIn_IsIgnored() =>
        Assert.Equal(SpotAction.Ignore, _decider.PlacementFailure(On(SpotPlan, capacityTag: null), null, Shortage(), Noon).Action);

    [Fact]
    public void PlacementFailure_ReportedBeforeTheLastReturn_IsIgnored()
    {
        var service = On(SpotPlan);
        var returned = OnSpot() with { ReturnedAt = Noon };

        Assert.Equal(SpotAction.Ignore, _decider.PlacementFailure(service, Stored(service, returned), Shortage(at: Noon.AddMinutes(-5)), Noon.AddMinutes(1)).Action);
    }

    [Fact]
    public void PlacementFailure_StoppedByTheScheduler_RecordsTheFallbackWithoutADeployment()
    {
        var service = On(SpotPlan) with { DesiredCount = 0, RunningCount = 0 };

        var decision = _decider.PlacementFailure(service, Stored(service, OnSpot(), ServiceStatus.Stopping), Shortage(), Noon);

        Assert.Equal(SpotAction.Wait, decision.Action);
        Assert.Null(decision.Apply);
        Assert.Equal(OnDemand, decision.Next!.Wanted);
    }

    [Theory]
    [InlineData("SpotInterruption")]
    [InlineData("TerminationNotice")]
    public void TaskStopped_ThirdInterruptionWithinTheWindow_FallsBack(string stopCode)
    {
        var service = On(SpotPlan);
        var state = Stored(service, OnSpot() with { Interruptions = [new("t1", Noon.AddMinutes(-29)), new("t2", Noon.AddMinutes(-10))] });

        var decision = _decider.TaskStopped(service, state, Interrupted("t3", "e3", Noon, stopCode), Noon);

        Assert.Equal(SpotAction.Fallback, decision.Action);
        Assert.Equal(OnDemand, decision.Apply);
        Assert.Contains("3 Spot interruptions within 30 min", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskStopped_BelowTheThreshold_CountsOnly()
    {
        var service = On(SpotPlan);
        var state = Stored(service, OnSpot() with { Interruptions = [new("t1", Noon.AddMinutes(-31)), new("t2", Noon.AddMinutes(-10))] });

        var decision = _decider.TaskStopped(service, state, Interrupted("t3", "e3", Noon), Noon);

        Assert.Equal(SpotAction.Interruption, decision.Action);
        Assert.Null(decision.Apply);
        Assert.Equal(["t2", "arn:aws:ecs:eu-west-1:123456789012:task/main/t3"], decision.Next!.Interruptions.Select(i => i.TaskArn));
    }

    [Fact]
    public void TaskStopped_SameTaskWithAnotherVersion_CountsOnce()
    {
        var service = On(SpotPlan);
        var first = _decider.TaskStopped(service, Stored(service, OnSpot()), Interrupted("t1", "e1", Noon), Noon);

        var again = _decider.TaskStopped(service, Stored(service, first.Next), Interrupted("t1", "e2", Noon) with { Version = 4 }, Noon);

        Assert.Equal(SpotAction.Duplicate, again.Action);
    }

    [Fact]
    public void TaskStopped_InterruptionFromBeforeTheReturnDeliveredLate_IsIgnored()
    {
        var service = On(SpotPlan);
        var returned = OnSpot() with { ReturnedAt = Noon };

        var decision = _decider.TaskStopped(service, Stored(service, returned), Interrupted("old", "late", Noon.AddMinutes(-2)), Noon.AddMinutes(1));

        Assert.Equal(SpotAction.Ignore, decision.Action);
    }

    [Fact]
    public void TaskStopped_StoppedReasonOnly_CountsAsAnInterruption()
    {
        var service = On(SpotPlan);
        var stop = new SpotTaskStop("e", "task/x", null, null, "Your Spot Task was interrupted.", Noon);

        Assert.Equal(SpotAction.Interruption, _decider.TaskStopped(service, Stored(service, OnSpot()), stop, Noon).Action);
    }

    [Fact]
    public void Tick_FallenBackBeforeTheCooldownEnds_StaysOnOnDemand()
    {
        var service = On(OnDemand);

        var decision = _decider.Tick(service, Stored(service, FallenBack(Noon.AddMinutes(-59))), Noon);

        Assert.Equal((SpotAction.None, false), (decision.Action, decision.Write));
    }

    [Fact]
    public void Tick_CooldownOverAndSteady_ReturnsToSpot()
    {
        var service = On(OnDemand);

        var decision = _decider.Tick(service, Stored(service, FallenBack(Noon.AddMinutes(-60))), Noon);

        Assert.Equal(SpotAction.Return, decision.Action);
        Assert.Equal(SpotPlan, decision.Apply);
        Assert.Equal((SpotMode.Spot, Noon), (decision.Next!.Mode, decision.Next.ReturnedAt!.Value));
    }

    [Fact]
    public void Tick_CooldownOverButNotSteady_Waits()
    {
        var service = On(OnDemand) with { RunningCount = 1 };

        var decision = _decider.Tick(service, Stored(service, FallenBack(Noon.AddHours(-2))), Noon);

        Assert.Equal(SpotAction.None, decision.Action);
        Assert.Contains("once the service is steady", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tick_FallenBackWhileStopped_StopsWantingOnDemandUntilStarted()
    {
        var service = On(SpotPlan) with { DesiredCount = 0, RunningCount = 0 };

        var decision = _decider.Tick(service, Stored(service, FallenBack(Noon.AddMinutes(-5)), ServiceStatus.Stopped), Noon);

        Assert.Equal(SpotAction.Wait, decision.Action);
        Assert.Null(decision.Apply);
    }

    [Fact]
    public void Tick_OptedOutAfterCostOpsPutItOnSpot_MovesBackToOnDemandThenForgets()
    {
        var service = On(SpotPlan, capacityTag: "on-demand");

        var release = _decider.Tick(service, Stored(service, OnSpot()), Noon);
        var after = _decider.Tick(service with { CapacityProviderStrategy = OnDemand }, Stored(service, release.Next), Noon);

        Assert.Equal(SpotAction.Release, release.Action);
        Assert.Equal(OnDemand, release.Apply);
        Assert.Equal((SpotAction.None, (SpotState?)null, true), (after.Action, after.Next, after.Write));
    }
}
