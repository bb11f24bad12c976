namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>CreateSchedule and UpdateSchedule output.</summary>
public sealed record ScheduleArnResponse
{
    public string? ScheduleArn { get; init; }
}
