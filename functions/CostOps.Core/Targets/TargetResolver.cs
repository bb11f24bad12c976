using CostOps.Core.Targets.Ports;

namespace CostOps.Core.Targets;

/// <summary>Turns the configured targets into account-regions, reading Organizational Units through Organizations.</summary>
public static class TargetResolver
{
    /// <summary>
    /// Every account-region of the configuration, in the order of <c>targets</c>. An OU that cannot be read is a failure
    /// and the others proceed; an account-region reached twice (an account listed and in an OU, or in two OUs) is
    /// handled once, by the first target that reaches it, and noted.
    /// </summary>
    public static async Task<TargetResolution> ResolveAsync(TargetConfiguration configuration, IOrganizationReader organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var units = new List<AccountRegion>();
        var failures = new List<TargetFailure>();
        var notes = new List<string>();
        var firstTarget = new Dictionary<(string, string), string>();
        var read = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        foreach (var target in configuration.Targets)
        {
            var accounts = new List<string>(target.Accounts);
            for (var i = 0; i < target.OrganizationalUnits.Count; i++)
            {
                var unit = target.OrganizationalUnits[i];
                if (!read.TryGetValue(unit, out var members))
                {
                    try
                    {
                        members = await OrganizationalUnitAccounts.ListAsync(organization, unit, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        members = null;
                        failures.Add(new TargetFailure($"{target.Path}.organizationalUnits[{i}] {unit}",
                            $"the accounts of {unit} could not be read, so none of them run this time: {ex.Message}"));
                    }

                    read[unit] = members;
                }

                accounts.AddRange(members ?? []);
            }

            foreach (var account in accounts.Distinct(StringComparer.Ordinal))
            {
                foreach (var region in target.Regions)
                {
                    if (firstTarget.TryGetValue((account, region), out var first))
                    {
                        notes.Add($"{account}/{region} is reached by {first} and {target.Path}; {first} manages it");
                        continue;
                    }

                    if (units.Count == TargetConfiguration.MaxAccountRegions)
                    {
                        failures.Add(new TargetFailure($"{account}/{region}",
                            $"more than {TargetConfiguration.MaxAccountRegions} account-regions: this one and the rest are left out; split the targets over more than one deployment",
                            account, region));
                        return new TargetResolution(units, failures, notes);
                    }

                    firstTarget[(account, region)] = target.Path;
                    units.Add(Unit(configuration, target, account, region));
                }
            }
        }

        return new TargetResolution(units, failures, notes);
    }

    /// <summary>
    /// The account-region a worker was asked to run, or null when no target reaches it (a worker runs nothing it is
    /// not configured for). Listed accounts are found without calls; OU targets are read only when needed.
    /// </summary>
    public static async Task<AccountRegion?> FindAsync(
        TargetConfiguration configuration, IOrganizationReader organization, string accountId, string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var candidates = configuration.Targets.Where(t => t.Regions.Contains(region, StringComparer.Ordinal)).ToList();
        // The first target that reaches the account-region manages it, as in ResolveAsync; no OU before it, no call needed.
        var listed = candidates.FindIndex(t => t.Accounts.Contains(accountId, StringComparer.Ordinal));
        if (listed >= 0 && candidates.Take(listed).All(t => t.OrganizationalUnits.Count == 0))
        {
            return Unit(configuration, candidates[listed], accountId, region);
        }

        foreach (var target in candidates)
        {
            if (target.Accounts.Contains(accountId, StringComparer.Ordinal))
            {
                return Unit(configuration, target, accountId, region);
            }

            foreach (var unit in target.OrganizationalUnits)
            {
                var members = await OrganizationalUnitAccounts.ListAsync(organization, unit, cancellationToken).ConfigureAwait(false);
                if (members.Contains(accountId, StringComparer.Ordinal))
                {
                    return Unit(configuration, target, accountId, region);
                }
            }
        }

        return null;
    }

    private static AccountRegion Unit(TargetConfiguration configuration, TargetSpec target, string account, string region) =>
        new(account, region, configuration.RoleArnFor(account), configuration.ExternalId, target.Scope);
}
