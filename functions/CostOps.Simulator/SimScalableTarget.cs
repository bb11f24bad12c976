namespace CostOps.Simulator;

/// <summary>An Application Auto Scaling target on a service's desired count.</summary>
public sealed class SimScalableTarget(string resourceId, int min, int max)
{
    public string ResourceId { get; } = resourceId;

    public int Min { get; set; } = min;

    public int Max { get; set; } = max;

    public bool DynamicScalingInSuspended { get; set; }

    public bool DynamicScalingOutSuspended { get; set; }

    public bool ScheduledScalingSuspended { get; set; }

    /// <summary>Scaling activities run only while dynamic scaling is not wholly suspended.</summary>
    public bool Active => !(DynamicScalingInSuspended && DynamicScalingOutSuspended);
}
