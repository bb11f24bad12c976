namespace CostOps.Cli.Targets;

/// <summary>One entry of the hub's <c>targets.targets</c>: accounts (or OUs), their regions and the cluster scope.</summary>
public sealed record MemberTarget(
    IReadOnlyList<string> Accounts,
    IReadOnlyList<string> OrganizationalUnits,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Clusters,
    string? ClusterTag);
