namespace CostOps.Cli.Fleet;

/// <summary><c>costops status --all --json</c>: one entry per account-region of the hub's targets. Stable shape: fields are added, never renamed or removed.</summary>
public sealed record OrganizationStatusReport(string At, string HubRegion, string Table, IReadOnlyList<AccountRegionStatus> Targets, IReadOnlyList<string> Notes);

/// <summary>The counts of one account-region, or why it could not be read (<see cref="Problem"/>, counts null).</summary>
/// <param name="Stopped">Services CostOps stopped (or is stopping).</param>
/// <param name="KeepRunning">Services with a keep-running override in force.</param>
/// <param name="Errors">Services whose last change failed.</param>
public sealed record AccountRegionStatus(
    string Account,
    string Region,
    string RoleArn,
    int? Managed,
    int? Running,
    int? Stopped,
    int? KeepRunning,
    int? Errors,
    string? Problem);
