namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>An Application Auto Scaling target on <c>ecs:service:DesiredCount</c> of one fake service.</summary>
internal sealed class FakeScalableTarget(string resourceId, int min, int max)
{
    public string ResourceId { get; } = resourceId;

    public int Min { get; set; } = min;

    public int Max { get; set; } = max;

    public bool DynamicScalingInSuspended { get; set; }

    public bool DynamicScalingOutSuspended { get; set; }

    public bool ScheduledScalingSuspended { get; set; }
}
