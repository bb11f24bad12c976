namespace CostOps.Core.Schedules;

/// <summary>The state of a keep-running tag, its end time when well-formed, and the error when not.</summary>
internal sealed record KeepRunningStatus(OverrideState State, DateTimeOffset? Until, string? Error);
