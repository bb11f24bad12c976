namespace CostOps.Cli.Targets;

/// <summary>One account-region the hub schedules: the role to assume there and the clusters it manages.</summary>
public sealed record MemberAccountRegion(string AccountId, string Region, string RoleArn, string? ExternalId, IReadOnlyList<string> Clusters, string? ClusterTag);
