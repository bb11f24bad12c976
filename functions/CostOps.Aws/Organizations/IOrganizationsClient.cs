namespace CostOps.Aws.Organizations;

/// <summary>The AWS Organizations reads CostOps makes to turn Organizational Units into member accounts (management account or delegated administrator only).</summary>
public interface IOrganizationsClient
{
    /// <summary>Every account directly in the root or OU <paramref name="parentId"/> (not in its child OUs), all pages.</summary>
    Task<IReadOnlyList<Account>> ListAccountsForParentAsync(string parentId, CancellationToken cancellationToken);

    /// <summary>Every OU directly under the root or OU <paramref name="parentId"/>, all pages.</summary>
    Task<IReadOnlyList<OrganizationalUnit>> ListOrganizationalUnitsForParentAsync(string parentId, CancellationToken cancellationToken);
}
