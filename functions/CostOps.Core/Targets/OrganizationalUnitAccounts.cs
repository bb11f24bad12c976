using CostOps.Core.Targets.Ports;

namespace CostOps.Core.Targets;

/// <summary>Every ACTIVE account in an Organizational Unit and in the OUs nested under it, however deep.</summary>
public static class OrganizationalUnitAccounts
{
    /// <summary>Organizations allows five levels of OUs under the root and at most a few thousand OUs; a walk past this is a loop.</summary>
    public const int MaxUnits = 2000;

    /// <returns>The account ids, in ordinal order, each once.</returns>
    public static async Task<IReadOnlyList<string>> ListAsync(IOrganizationReader reader, string unitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var accounts = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal) { unitId };
        var pending = new Queue<string>([unitId]);
        while (pending.TryDequeue(out var unit))
        {
            foreach (var account in await reader.ListAccountsAsync(unit, cancellationToken).ConfigureAwait(false))
            {
                if (account.IsActive && TargetRules.AccountProblem(account.Id) is null)
                {
                    accounts.Add(account.Id);
                }
            }

            foreach (var child in await reader.ListChildUnitsAsync(unit, cancellationToken).ConfigureAwait(false))
            {
                if (visited.Count >= MaxUnits)
                {
                    throw new InvalidOperationException($"{unitId} has more than {MaxUnits} nested Organizational Units; name smaller OUs in COSTOPS_TARGETS");
                }

                if (visited.Add(child))
                {
                    pending.Enqueue(child);
                }
            }
        }

        return [.. accounts];
    }
}
