namespace CostOps.Core.Scheduler.Ports;

/// <summary>An Application Auto Scaling scalable target's capacity bounds and <c>SuspendedState</c>.</summary>
public sealed record ScalingBounds(
    int Min,
    int Max,
    bool DynamicScalingInSuspended,
    bool DynamicScalingOutSuspended,
    bool ScheduledScalingSuspended)
{
    public bool IsZero => Min == 0 && Max == 0;

    /// <summary>The same target held at zero: a desired count outside [min, max] is pulled back by any scaling activity.</summary>
    public ScalingBounds HeldAtZero() => this with { Min = 0, Max = 0 };
}
