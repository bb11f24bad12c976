using System.Text.Json.Nodes;

namespace CostOps.Cli.Targets;

/// <summary>The targets as the scheduler reads them (COSTOPS_TARGETS), in the shape the Terraform module writes: camelCase fields, empty ones left out.</summary>
public static class TargetsJson
{
    /// <summary>The COSTOPS_TARGETS JSON the Terraform module writes from these targets.</summary>
    public static string Write(MemberTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var list = new JsonArray();
        foreach (var t in targets.Targets)
        {
            var entry = new JsonObject();
            Add(entry, "accounts", t.Accounts);
            Add(entry, "organizationalUnits", t.OrganizationalUnits);
            Add(entry, "regions", t.Regions);
            Add(entry, "clusters", t.Clusters);
            if (t.ClusterTag is not null)
            {
                entry["clusterTag"] = t.ClusterTag;
            }

            list.Add(entry);
        }

        var root = new JsonObject { ["role"] = targets.Role };
        if (targets.ExternalId is not null)
        {
            root["externalId"] = targets.ExternalId;
        }

        root["targets"] = list;
        return root.ToJsonString();
    }

    private static void Add(JsonObject entry, string name, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            entry[name] = new JsonArray([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);
        }
    }
}
