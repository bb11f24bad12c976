namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>Retries of a failed invocation. AWS's defaults (185 attempts over 24 hours) are far too many for a scheduler run.</summary>
public sealed record ScheduleRetryPolicy
{
    /// <summary>60 to 86,400.</summary>
    public int? MaximumEventAgeInSeconds { get; init; }

    /// <summary>0 to 185.</summary>
    public int? MaximumRetryAttempts { get; init; }
}
