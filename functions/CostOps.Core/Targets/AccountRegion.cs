namespace CostOps.Core.Targets;

/// <summary>One unit of work of the hub: one account in one region, the role to assume there and the clusters to manage.</summary>
public sealed record AccountRegion(string AccountId, string Region, string RoleArn, string? ExternalId, TargetClusterScope Scope)
{
    /// <summary><c>111111111111/eu-west-1</c>: how logs and messages name the unit.</summary>
    public override string ToString() => AccountId + "/" + Region;
}
