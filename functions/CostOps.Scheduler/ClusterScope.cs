using System.Text.RegularExpressions;
using CostOps.Aws.Adapters;
using CostOps.Hosting.Configuration;

namespace CostOps.Scheduler;

/// <summary>
/// Which clusters the scheduler manages: COSTOPS_CLUSTERS (names or ARNs, comma-separated) or COSTOPS_CLUSTER_TAG
/// (<c>key</c> or <c>key=value</c>), exactly one of the two. A bad value is reported naming the variable and the entry.
/// </summary>
internal static partial class ClusterScope
{
    internal const string Clusters = "COSTOPS_CLUSTERS";
    internal const string ClusterTag = "COSTOPS_CLUSTER_TAG";

    private const string ClustersExpected = "cluster names or ARNs, comma-separated, e.g. dev,staging or arn:aws:ecs:eu-west-1:123456789012:cluster/dev";
    private const string TagExpected = "a tag key, or key=value, e.g. costops:managed or costops:managed=true (key up to 128 characters, value up to 256; letters, digits, spaces and _ . : / = + - @)";

    public static EcsInventoryOptions? Read(EnvironmentReader env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var names = env.OptionalString(Clusters);
        var tag = env.OptionalString(ClusterTag);
        if (names is null && tag is null)
        {
            env.Report(Clusters, null, $"{ClustersExpected}; or set {ClusterTag} instead to manage every cluster with a tag", $"neither it nor {ClusterTag} is set");
            return null;
        }

        if (names is not null && tag is not null)
        {
            env.Report(Clusters, names, $"only one of {Clusters} and {ClusterTag}: unset one", $"{ClusterTag} is set too (to '{ConfigurationProblem.Quote(tag)}')");
            return null;
        }

        return names is not null ? ByName(env, names) : ByTag(env, tag!);
    }

    private static EcsInventoryOptions? ByName(EnvironmentReader env, string names)
    {
        var entries = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length == 0)
        {
            env.Report(Clusters, names, ClustersExpected, "it names no cluster");
            return null;
        }

        var bad = entries.Where(e => !ClusterName().IsMatch(e) && !ClusterArn().IsMatch(e)).ToList();
        if (bad.Count > 0)
        {
            var quoted = string.Join(", ", bad.Take(3).Select(b => $"'{ConfigurationProblem.Quote(b)}'"));
            env.Report(Clusters, names, ClustersExpected + " (a name has up to 255 letters, digits, - and _)",
                (bad.Count == 1 ? "this entry is not a cluster name or ARN: " : $"{bad.Count} entries are not cluster names or ARNs: ") + quoted);
            return null;
        }

        return new EcsInventoryOptions { Clusters = entries };
    }

    private static EcsInventoryOptions? ByTag(EnvironmentReader env, string tag)
    {
        var parts = tag.Split('=', 2, StringSplitOptions.TrimEntries);
        var key = parts[0];
        var value = parts.Length == 2 ? parts[1] : null;
        var problem = key.Length == 0 ? "the tag key before '=' is empty"
            : key.Length > 128 || !TagText().IsMatch(key) ? "the tag key is too long or has characters a tag key cannot have"
            : value is not null && (value.Length > 256 || !TagText().IsMatch(value)) ? "the tag value is too long or has characters a tag value cannot have"
            : null;
        if (problem is not null)
        {
            env.Report(ClusterTag, tag, TagExpected, problem);
            return null;
        }

        return new EcsInventoryOptions { ClusterTagKey = key, ClusterTagValue = value };
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$")]
    private static partial Regex ClusterName();

    [GeneratedRegex("^arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:cluster/[A-Za-z0-9_-]{1,255}$")]
    private static partial Regex ClusterArn();

    [GeneratedRegex(@"^[\p{L}\p{N} _.:/=+\-@]*$")]
    private static partial Regex TagText();
}
