using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CostOps.Cli.Configuration;
using CostOps.Core.Targets;

namespace CostOps.Cli.Targets;

/// <summary>
/// Reads <c>targets</c> from the tfvars file make deploy applies, with the Terraform module's rules: at least one
/// target; per target exactly one of accounts and organizational_units, exactly one of clusters and cluster_tag,
/// and regions (its own or the default). A wrong value fails naming the field, the value and what is expected.
/// </summary>
public static partial class TfvarsTargets
{
    public const string Variable = "targets";

    /// <summary>Null when the file assigns no targets (single-account mode).</summary>
    /// <exception cref="TfvarsException">The value is not a literal object, or breaks a rule.</exception>
    public static MemberTargets? Read(TfvarsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Values.TryGetValue(Variable, out var value))
        {
            return null;
        }

        var node = TfvarsLiteral.Parse(value, file.Path, Variable);
        if (node is null)
        {
            return null;
        }

        var fail = (string field, string problem) => new TfvarsException(file.Path, value.Line, $"{field}: {problem}");
        if (node is not JsonObject root)
        {
            throw fail(Variable, "must be an object such as { regions = [\"eu-west-1\"], targets = [{ accounts = [\"111111111111\"], clusters = [\"app\"] }] }");
        }

        Unknown(root, Variable, ["role", "external_id", "regions", "targets"], fail);
        var role = String(root, "role", Variable, fail) ?? MemberTargets.DefaultRole;
        if (!RoleName().IsMatch(role) && !(RoleArnPattern().IsMatch(role) && role.Contains("{account}", StringComparison.Ordinal)))
        {
            throw fail($"{Variable}.role", $"\"{role}\" is neither a role name (up to 64 letters, digits and + = , . @ _ -) nor a role ARN containing {{account}}, e.g. \"arn:aws:iam::{{account}}:role/costops-member\"");
        }

        var externalId = String(root, "external_id", Variable, fail);
        if (externalId is not null && !ExternalId().IsMatch(externalId))
        {
            throw fail($"{Variable}.external_id", $"\"{externalId}\" must be 2-1224 characters of letters, digits and + = , . @ : / _ -");
        }

        var regions = Strings(root, "regions", Variable, fail, RegionName(), "region names such as \"eu-west-1\"");
        if (root["targets"] is not JsonArray list || list.Count == 0)
        {
            throw fail($"{Variable}.targets", "must list at least one target, e.g. [{ accounts = [\"111111111111\"], clusters = [\"app\"] }]");
        }

        var targets = new List<MemberTarget>();
        for (var i = 0; i < list.Count; i++)
        {
            var where = $"{Variable}.targets[{i}]";
            if (list[i] is not JsonObject entry)
            {
                throw fail(where, "must be an object such as { accounts = [\"111111111111\"], clusters = [\"app\"] }");
            }

            targets.Add(Target(entry, where, regions, fail));
        }

        var result = new MemberTargets(role, externalId, targets);
        SchedulerRules(result, fail);
        return result;
    }

    /// <summary>What the scheduler checks beyond the per-field rules (an account or OU and region in one target only, the limits), on the JSON Terraform gives it.</summary>
    private static void SchedulerRules(MemberTargets targets, Func<string, string, TfvarsException> fail)
    {
        try
        {
            TargetConfiguration.FromJson(TargetsJson.Write(targets));
        }
        catch (TargetConfigurationException ex)
        {
            throw fail(Variable, $"the scheduler would refuse it as {TargetConfiguration.EnvironmentVariable}: {string.Join("; ", ex.Problems)}");
        }
    }

    private static MemberTarget Target(JsonObject entry, string where, IReadOnlyList<string> defaultRegions, Func<string, string, TfvarsException> fail)
    {
        Unknown(entry, where, ["accounts", "organizational_units", "regions", "clusters", "cluster_tag"], fail);
        var accounts = Strings(entry, "accounts", where, fail, AccountId(), "12-digit account ids such as \"111111111111\"");
        var units = Strings(entry, "organizational_units", where, fail, OrganizationalUnit(), "OU ids such as \"ou-ab12-cdef3456\"");
        if ((accounts.Count > 0) == (units.Count > 0))
        {
            throw fail(where, "needs exactly one of accounts (account ids) and organizational_units (OU ids)");
        }

        var clusters = Strings(entry, "clusters", where, fail, ClusterName(), "cluster names (letters, digits, - and _)");
        var tag = String(entry, "cluster_tag", where, fail);
        if ((clusters.Count > 0) == (tag is not null))
        {
            throw fail(where, "needs exactly one of clusters (cluster names) and cluster_tag (key or key=value)");
        }

        if (tag is not null && !ClusterTag().IsMatch(tag))
        {
            throw fail($"{where}.cluster_tag", $"\"{tag}\" must be a tag key or key=value, e.g. \"costops=on\"");
        }

        var regions = Strings(entry, "regions", where, fail, RegionName(), "region names such as \"eu-west-1\"");
        if (regions.Count == 0 && defaultRegions.Count == 0)
        {
            throw fail(where, "has no regions: set targets.regions (the default) or regions on the target");
        }

        return new MemberTarget(accounts, units, regions.Count > 0 ? regions : defaultRegions, clusters, tag);
    }

    private static void Unknown(JsonObject node, string where, string[] known, Func<string, string, TfvarsException> fail)
    {
        if (node.Select(p => p.Key).FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            throw fail($"{where}.{unknown}", $"is not a field of {where}; expected {string.Join(", ", known)}");
        }
    }

    private static string? String(JsonObject node, string name, string where, Func<string, string, TfvarsException> fail) => node[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var other => throw fail($"{where}.{name}", $"must be a quoted string, found {other.ToJsonString()}"),
    };

    private static IReadOnlyList<string> Strings(JsonObject node, string name, string where, Func<string, string, TfvarsException> fail, Regex pattern, string expected)
    {
        if (node[name] is null)
        {
            return [];
        }

        if (node[name] is not JsonArray array || array.Any(i => i is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
        {
            throw fail($"{where}.{name}", $"must be a list of quoted strings: {expected}");
        }

        var items = array.Select(i => i!.GetValue<string>()).ToList();
        if (items.FirstOrDefault(i => !pattern.IsMatch(i)) is { } bad)
        {
            throw fail($"{where}.{name}", $"\"{bad}\" is not valid: expected {expected}");
        }

        return items;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::[^:]*:role/[A-Za-z0-9_+=,.@/{}-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+=,.@:/-]{2,1224}$", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalId();

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionName();

    [GeneratedRegex("^[0-9]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountId();

    [GeneratedRegex("^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganizationalUnit();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClusterName();

    [GeneratedRegex(@"^[^=\s][^=]{0,127}(=[^=]{0,256})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClusterTag();
}
