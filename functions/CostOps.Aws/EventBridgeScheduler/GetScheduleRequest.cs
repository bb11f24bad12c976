namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>GetSchedule input: both members travel in the URL (<c>/schedules/{Name}?groupName=…</c>).</summary>
public sealed record GetScheduleRequest
{
    public required string Name { get; init; }

    /// <summary>Null means the account's <c>default</c> group.</summary>
    public string? GroupName { get; init; }
}
