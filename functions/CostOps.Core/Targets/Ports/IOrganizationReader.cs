namespace CostOps.Core.Targets.Ports;

/// <summary>The AWS Organizations reads that turn an Organizational Unit into its member accounts.</summary>
public interface IOrganizationReader
{
    /// <summary>The accounts directly in <paramref name="parentId"/> (not in its child OUs), every page.</summary>
    Task<IReadOnlyList<OrganizationAccount>> ListAccountsAsync(string parentId, CancellationToken cancellationToken);

    /// <summary>The ids of the OUs directly under <paramref name="parentId"/>, every page.</summary>
    Task<IReadOnlyList<string>> ListChildUnitsAsync(string parentId, CancellationToken cancellationToken);
}
