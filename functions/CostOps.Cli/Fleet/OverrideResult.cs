namespace CostOps.Cli.Fleet;

/// <summary>
/// <c>costops keep-running|release --json</c>. Stable shape. <c>wanted</c> is what the service should be now with the
/// change (running, stopped, unmanaged, invalid); <c>changeAt</c> is when the scheduler acts on it: "next-run" when the
/// service must start or stop now, else the next boundary (UTC), or null.
/// </summary>
public sealed record OverrideResult(
    string Command,
    string Cluster,
    string Service,
    string ServiceArn,
    string? KeepRunningUntil,
    int DesiredCount,
    int RunningCount,
    string Wanted,
    string? ChangeAt,
    string Message);
