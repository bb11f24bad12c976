namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>GetSchedule output: the members CostOps compares with what it would write (dates are not read).</summary>
public sealed record GetScheduleResponse
{
    public string? Arn { get; init; }

    public string? Name { get; init; }

    public string? GroupName { get; init; }

    public string? ScheduleExpression { get; init; }

    public string? ScheduleExpressionTimezone { get; init; }

    public string? State { get; init; }

    public FlexibleTimeWindow? FlexibleTimeWindow { get; init; }

    public ScheduleTarget? Target { get; init; }
}
