namespace CostOps.Cli.Targets;

/// <summary>The hub's targets as the tfvars file sets them: the member role, its external id and the targets.</summary>
public sealed record MemberTargets(string Role, string? ExternalId, IReadOnlyList<MemberTarget> Targets)
{
    public const string DefaultRole = "costops-member";

    /// <summary>The member role in <paramref name="accountId"/>: a role name becomes that role in the account; an ARN has {account} replaced.</summary>
    public static string RoleArn(string role, string accountId, string region)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(region);
        return role.StartsWith("arn:", StringComparison.Ordinal)
            ? role.Replace("{account}", accountId, StringComparison.Ordinal)
            : $"arn:{Partition(region)}:iam::{accountId}:role/{role}";
    }

    /// <summary>Every account-region listed by account id, in the order written (the same account-region once).</summary>
    public IReadOnlyList<MemberAccountRegion> AccountRegions()
    {
        var seen = new HashSet<(string, string)>();
        var result = new List<MemberAccountRegion>();
        foreach (var target in Targets)
        {
            foreach (var account in target.Accounts)
            {
                foreach (var region in target.Regions)
                {
                    if (seen.Add((account, region)))
                    {
                        result.Add(new MemberAccountRegion(account, region, RoleArn(Role, account, region), ExternalId, target.Clusters, target.ClusterTag));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The first target listing <paramref name="accountId"/>, or null.</summary>
    public MemberTarget? For(string accountId) => Targets.FirstOrDefault(t => t.Accounts.Contains(accountId, StringComparer.Ordinal));

    private static string Partition(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";
}
