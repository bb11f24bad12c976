namespace CostOps.Cli.Fleet;

/// <summary>
/// <c>costops plan --json</c>: what the scheduler would do at <see cref="At"/>. Stable shape: fields are added, never
/// renamed or removed. <c>action</c> is one of none, stop, start, skip, defer, fail, drift.
/// </summary>
public sealed record PlanReport(string At, string Region, IReadOnlyList<PlanService> Services, IReadOnlyDictionary<string, int> Counts, string? RunError, IReadOnlyList<string> Warnings);

/// <param name="Desired">What the schedule and tags want at that time: running, stopped, unmanaged or invalid.</param>
/// <param name="NextChange">The next instant the wanted state changes (UTC), or null when none within 8 days.</param>
public sealed record PlanService(
    string Cluster,
    string Service,
    string Action,
    string Reason,
    string Desired,
    string Schedule,
    int DesiredCount,
    int RunningCount,
    string? Override,
    string? OverrideUntil,
    string? NextChange,
    string? Error);
