using CostOps.Core.Insights;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Tests.Insights;

public sealed class StoppedCapacityTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 19, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ServiceStatus.Stopping)]
    [InlineData(ServiceStatus.Stopped)]
    [InlineData(ServiceStatus.Starting)]
    public void TasksAndMax_HeldByCostOps_SavedValues(ServiceStatus status)
    {
        var state = State(status, new ScalingBounds(2, 9, false, false, false));

        Assert.Equal((4, 9), (StoppedCapacity.Tasks(0, state), StoppedCapacity.MaxCapacity(0, state)));
    }

    [Theory]
    [InlineData(ServiceStatus.Running)]
    [InlineData(ServiceStatus.Drifted)]
    [InlineData(ServiceStatus.Deferred)]
    [InlineData(ServiceStatus.Failed)]
    public void TasksAndMax_NotHeldStopped_LiveValuesEvenWithAnOldSnapshot(ServiceStatus status)
    {
        var state = State(status, new ScalingBounds(2, 9, false, false, false));

        Assert.Equal((1, (int?)5), (StoppedCapacity.Tasks(1, state), StoppedCapacity.MaxCapacity(5, state)));
    }

    [Fact]
    public void TasksAndMax_NoStateOrStoppedWithoutSnapshot_LiveValues()
    {
        Assert.Equal((2, (int?)null), (StoppedCapacity.Tasks(2, null), StoppedCapacity.MaxCapacity(null, null)));
        var noSnapshot = State(ServiceStatus.Stopped, null) with { Snapshot = null };
        Assert.Equal((0, (int?)0), (StoppedCapacity.Tasks(0, noSnapshot), StoppedCapacity.MaxCapacity(0, noSnapshot)));
    }

    [Fact]
    public void MaxCapacity_StoppedWithoutScalableTargetBeforeTheStop_LiveValue()
    {
        var state = State(ServiceStatus.Stopped, null);

        Assert.Null(StoppedCapacity.MaxCapacity(null, state));
        Assert.Equal(4, StoppedCapacity.Tasks(0, state));
    }

    private static ServiceState State(ServiceStatus status, ScalingBounds? scaling) => new(
        new ServiceRef("prod", "api", "arn:aws:ecs:eu-west-1:123456789012:service/prod/api"), status, 3, At,
        new SavedSnapshot(4, scaling, [], "FARGATE", "office", At, null));
}
