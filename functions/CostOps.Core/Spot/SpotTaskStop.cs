namespace CostOps.Core.Spot;

/// <summary>An "ECS Task State Change" event of a service's task, as the Spot manager reads it.</summary>
public sealed record SpotTaskStop(string EventId, string TaskArn, long? Version, string? StopCode, string? StoppedReason, DateTimeOffset? At)
{
    public const string SpotInterruptionCode = "SpotInterruption";
    public const string TerminationNoticeCode = "TerminationNotice";
    public const string InterruptedReason = "Your Spot Task was interrupted.";

    /// <summary>A Fargate Spot interruption: either stop code, or ECS' interruption message. Never throws.</summary>
    public bool IsInterruption =>
        StopCode is SpotInterruptionCode or TerminationNoticeCode
        || (StoppedReason is not null && StoppedReason.StartsWith(InterruptedReason, StringComparison.Ordinal));
}
