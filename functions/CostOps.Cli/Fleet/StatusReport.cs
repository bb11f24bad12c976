namespace CostOps.Cli.Fleet;

/// <summary><c>costops status --json</c>. Stable shape: fields are added, never renamed or removed.</summary>
public sealed record StatusReport(string At, string Region, string Table, IReadOnlyList<ServiceStatusView> Services, IReadOnlyList<string> Warnings);

/// <param name="State">From the table: stopping, stopped, starting, running, drifted, deferred, failed; "unseen" when CostOps has not recorded it yet.</param>
/// <param name="Saved">What a start restores (the snapshot taken before the last stop); null when none.</param>
/// <param name="Override">The keep-running tag: in-force, malformed, expired, or null.</param>
/// <param name="Spot">The Spot manager's mode (spot, fallback), or null when it does not manage the service.</param>
public sealed record ServiceStatusView(
    string Cluster,
    string Service,
    string State,
    int DesiredCount,
    int RunningCount,
    string Desired,
    string Schedule,
    SavedCapacity? Saved,
    string? Override,
    string? OverrideUntil,
    string? DriftSeenAt,
    string? Spot,
    string? NextChange,
    string? LastError,
    string? UpdatedAt);

/// <summary>The desired count and Auto Scaling bounds saved before a stop.</summary>
public sealed record SavedCapacity(int DesiredCount, int? Min, int? Max, string SavedAt);
