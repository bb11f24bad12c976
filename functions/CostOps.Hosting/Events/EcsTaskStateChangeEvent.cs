namespace CostOps.Hosting.Events;

/// <summary>
/// An "ECS Task State Change" event. <see cref="Version"/> is <c>detail.version</c>: ECS may deliver the same
/// state more than once with the same version, so use it to drop repeats.
/// </summary>
public sealed record EcsTaskStateChangeEvent(
    string Id,
    DateTimeOffset? Time,
    string Account,
    string Region,
    string ClusterArn,
    string TaskArn,
    string? Group,
    string LastStatus,
    string DesiredStatus,
    string? StopCode,
    string? StoppedReason,
    string? CapacityProviderName,
    long? Version,
    DateTimeOffset? StoppedAt) : InvocationEvent
{
    public const string SpotInterruptionStopCode = "SpotInterruption";
    private const string ServiceGroupPrefix = "service:";

    public override EventKind Kind => EventKind.EcsTaskStateChange;

    /// <summary>The service name when the task belongs to a service (<c>group</c> is <c>service:&lt;name&gt;</c>), otherwise null.</summary>
    public string? ServiceName =>
        Group is not null && Group.StartsWith(ServiceGroupPrefix, StringComparison.Ordinal) && Group.Length > ServiceGroupPrefix.Length
            ? Group[ServiceGroupPrefix.Length..]
            : null;

    /// <summary>The two-minute Fargate Spot warning.</summary>
    public bool IsSpotInterruption => string.Equals(StopCode, SpotInterruptionStopCode, StringComparison.Ordinal);
}
