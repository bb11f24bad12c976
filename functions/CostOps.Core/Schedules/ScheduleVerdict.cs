namespace CostOps.Core.Schedules;

/// <summary>What a managed service should be now, and why.</summary>
/// <param name="Desired">The decision. An override in force always yields <see cref="DesiredRunState.Running"/>.</param>
/// <param name="ScheduleName">The named schedule, the inline expression, or <c>none</c>.</param>
/// <param name="Reason">One line for people, e.g. "outside mon-fri 08:00-20:00 Europe/Berlin".</param>
/// <param name="Override">The keep-running tag's state.</param>
/// <param name="OverrideUntil">End of an override in force or expired; null otherwise.</param>
/// <param name="Error">For <see cref="DesiredRunState.Invalid"/> or a malformed override: what was wrong, quoting the offending text.</param>
public sealed record ScheduleVerdict(
    DesiredRunState Desired,
    string ScheduleName,
    string Reason,
    OverrideState Override,
    DateTimeOffset? OverrideUntil,
    string? Error);
