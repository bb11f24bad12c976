using System.Text.Json;
using System.Text.RegularExpressions;

namespace CostOps.Core.Targets;

/// <summary>A target's <c>clusters</c> (names or ARNs) or <c>clusterTag</c> (<c>key</c> or <c>key=value</c>): exactly one of the two.</summary>
internal static partial class ClusterScopeReader
{
    public const string ClusterExpected = "a cluster name (up to 255 letters, digits, - and _) or ARN, e.g. app or arn:aws:ecs:eu-west-1:111111111111:cluster/app";

    public const string TagExpected = "a tag key, or key=value, e.g. costops=on (key up to 128 characters, value up to 256; letters, digits, spaces and _ . : / = + - @)";

    public static TargetClusterScope? Read(JsonElement entry, string path, List<string> problems)
    {
        var hasClusters = Values.Get(entry, "clusters") is not null;
        var hasTag = Values.Get(entry, "clusterTag") is not null;
        if (hasClusters == hasTag)
        {
            problems.Add($"{path}: {(hasTag ? "both clusters and clusterTag" : "neither clusters nor clusterTag")}: expected exactly one of them");
            return null;
        }

        if (hasClusters)
        {
            var before = problems.Count;
            var clusters = Values.StringList(entry, "clusters", path + ".clusters", 1, TargetConfiguration.MaxClustersPerTarget, ClusterProblem, problems);
            return problems.Count > before ? null : TargetClusterScope.ByName([.. clusters.Distinct(StringComparer.Ordinal)]);
        }

        var tag = Values.String(entry, "clusterTag", path + ".clusterTag", TagProblem, problems, required: true);
        if (tag is null)
        {
            return null;
        }

        var parts = tag.Split('=', 2, StringSplitOptions.TrimEntries);
        return TargetClusterScope.ByTag(parts[0], parts.Length == 2 ? parts[1] : null);
    }

    private static string? ClusterProblem(string? value) =>
        value is not null && (ClusterName().IsMatch(value) || ClusterArn().IsMatch(value)) ? null : ClusterExpected;

    private static string? TagProblem(string? value)
    {
        if (value is null)
        {
            return TagExpected;
        }

        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
        var key = parts[0];
        var tagValue = parts.Length == 2 ? parts[1] : null;
        var ok = key.Length is > 0 and <= 128 && TagText().IsMatch(key)
            && (tagValue is null || (tagValue.Length <= 256 && TagText().IsMatch(tagValue)));
        return ok ? null : TagExpected;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClusterName();

    [GeneratedRegex("^arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:cluster/[A-Za-z0-9_-]{1,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClusterArn();

    [GeneratedRegex(@"^[\p{L}\p{N} _.:/=+\-@]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagText();
}
