using System.Globalization;
using System.Text.Json;

namespace CostOps.Core.Targets;

/// <summary>Walks a COSTOPS_TARGETS document, collecting every problem before throwing once.</summary>
internal sealed class TargetConfigurationReader
{
    private static readonly string[] TopFields = ["role", "externalId", "regions", "targets"];
    private static readonly string[] TargetFields = ["accounts", "organizationalUnits", "regions", "clusters", "clusterTag"];

    private readonly List<string> _problems = [];
    private readonly Dictionary<(string Account, string Region), string> _seen = [];
    private readonly Dictionary<(string Unit, string Region), string> _seenUnits = [];

    public static TargetConfiguration Read(JsonElement root) => new TargetConfigurationReader().ReadRoot(root);

    private TargetConfiguration ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TargetConfigurationException([$"$: {Values.Describe(root)}: expected an object: {TargetConfiguration.Expected}"]);
        }

        UnknownFields(root, "$", TopFields);
        var role = Values.String(root, "role", "role", TargetRules.RoleProblem, _problems, required: true);
        var externalId = Values.String(root, "externalId", "externalId", TargetRules.ExternalIdProblem, _problems, required: false);
        var regions = RegionList(root, "regions", "regions") ?? [];
        var targets = new List<TargetSpec>();
        if (Values.Get(root, "targets") is not { ValueKind: JsonValueKind.Array } list)
        {
            _problems.Add($"targets: {Values.Describe(Values.Get(root, "targets"))}: expected a list of 1 to {TargetConfiguration.MaxTargets} targets, "
                + "each with accounts or organizationalUnits and clusters or clusterTag");
        }
        else if (list.GetArrayLength() is 0 or > TargetConfiguration.MaxTargets)
        {
            _problems.Add($"targets: a list of {list.GetArrayLength()}: expected 1 to {TargetConfiguration.MaxTargets} targets");
        }
        else
        {
            var index = 0;
            foreach (var entry in list.EnumerateArray())
            {
                if (ReadTarget(entry, index++, regions) is { } target)
                {
                    targets.Add(target);
                }
            }
        }

        if (_seen.Count > TargetConfiguration.MaxAccountRegions)
        {
            _problems.Add($"targets: {_seen.Count} account-regions: expected at most {TargetConfiguration.MaxAccountRegions}; split them over more than one deployment");
        }

        return _problems.Count > 0 ? throw new TargetConfigurationException(_problems) : new TargetConfiguration(role!, externalId, regions, targets);
    }

    private TargetSpec? ReadTarget(JsonElement entry, int index, IReadOnlyList<string> defaultRegions)
    {
        var path = $"targets[{index}]";
        if (entry.ValueKind != JsonValueKind.Object)
        {
            _problems.Add($"{path}: {Values.Describe(entry)}: expected an object with accounts or organizationalUnits, and clusters or clusterTag");
            return null;
        }

        var before = _problems.Count;
        UnknownFields(entry, path, TargetFields);
        var hasAccounts = Values.Get(entry, "accounts") is not null;
        var hasUnits = Values.Get(entry, "organizationalUnits") is not null;
        if (hasAccounts == hasUnits)
        {
            _problems.Add($"{path}: {(hasAccounts ? "both accounts and organizationalUnits" : "neither accounts nor organizationalUnits")}: expected exactly one of them");
        }

        var accounts = hasAccounts ? IdList(entry, path, "accounts", TargetConfiguration.MaxAccountsPerTarget, TargetRules.AccountProblem) : [];
        var units = hasUnits ? IdList(entry, path, "organizationalUnits", TargetConfiguration.MaxOrganizationalUnitsPerTarget, TargetRules.OrganizationalUnitProblem) : [];
        var regions = Values.Get(entry, "regions") is null ? defaultRegions : RegionList(entry, "regions", path + ".regions") ?? [];
        if (regions.Count == 0 && Values.Get(entry, "regions") is null)
        {
            _problems.Add($"{path}.regions: (missing): expected the regions of this target, or regions at the top level as the default");
        }

        var scope = ClusterScopeReader.Read(entry, path, _problems);
        if (_problems.Count > before)
        {
            return null;
        }

        CheckOnce(accounts, regions, path + ".accounts", _seen, "account");
        CheckOnce(units, regions, path + ".organizationalUnits", _seenUnits, "Organizational Unit");
        return new TargetSpec(index, accounts, units, regions, scope!);
    }

    private void CheckOnce(IReadOnlyList<string> ids, IReadOnlyList<string> regions, string path, Dictionary<(string, string), string> seen, string what)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            foreach (var region in regions)
            {
                var here = $"{path}[{i}]";
                if (!seen.TryAdd((ids[i], region), here))
                {
                    _problems.Add($"{here}: '{ids[i]}' in {region}: expected each {what} and region in one target only; {seen[(ids[i], region)]} has it already");
                }
            }
        }
    }

    private List<string> IdList(JsonElement entry, string path, string name, int max, Func<string?, string?> problem)
    {
        var items = Values.StringList(entry, name, $"{path}.{name}", 1, max, problem, _problems);
        var repeated = items.GroupBy(x => x, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var id in repeated)
        {
            _problems.Add($"{path}.{name}: '{id}' is listed {items.Count(x => x == id)} times: expected each once");
        }

        return items;
    }

    private List<string>? RegionList(JsonElement parent, string name, string path)
    {
        if (Values.Get(parent, name) is null)
        {
            return null;
        }

        var regions = Values.StringList(parent, name, path, 1, TargetConfiguration.MaxRegions, TargetRules.RegionProblem, _problems);
        foreach (var region in regions.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            _problems.Add($"{path}: '{region.Key}' is listed {region.Count().ToString(CultureInfo.InvariantCulture)} times: expected each region once");
        }

        return [.. regions.Distinct(StringComparer.Ordinal)];
    }

    private void UnknownFields(JsonElement element, string path, string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = Values.NameOf(property);
            if (name is null || !known.Contains(name, StringComparer.Ordinal))
            {
                _problems.Add($"{path}: unknown field {(name is null ? Values.NotText : Values.Quote(name))}: expected only {string.Join(", ", known)}");
            }
        }
    }
}
