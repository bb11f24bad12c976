using CostOps.Aws.Organizations;
using CostOps.Core.Targets.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>The Organizations reads the hub needs to turn an Organizational Unit into accounts, over the typed client.</summary>
public sealed class OrganizationsAccountReader(IOrganizationsClient client) : IOrganizationReader
{
    public async Task<IReadOnlyList<OrganizationAccount>> ListAccountsAsync(string parentId, CancellationToken cancellationToken)
    {
        var accounts = await client.ListAccountsForParentAsync(parentId, cancellationToken).ConfigureAwait(false);
        return [.. accounts.Where(a => a.Id is not null).Select(a => new OrganizationAccount(a.Id!, a.Status))];
    }

    public async Task<IReadOnlyList<string>> ListChildUnitsAsync(string parentId, CancellationToken cancellationToken)
    {
        var units = await client.ListOrganizationalUnitsForParentAsync(parentId, cancellationToken).ConfigureAwait(false);
        return [.. units.Where(u => u.Id is not null).Select(u => u.Id!)];
    }
}
