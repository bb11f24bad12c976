namespace CostOps.Hosting.Configuration;

/// <summary>
/// Which clusters a function manages: <c>COSTOPS_CLUSTERS</c> (names or ARNs, comma-separated) or
/// <c>COSTOPS_CLUSTER_TAG</c> (<c>key</c> or <c>key=value</c>), exactly one of the two. Shared by the scheduler and the Spot manager.
/// </summary>
public sealed record ClusterScopeSetting(IReadOnlyList<string> Clusters, string? TagKey, string? TagValue)
{
    public const string ClustersVariable = "COSTOPS_CLUSTERS";
    public const string TagVariable = "COSTOPS_CLUSTER_TAG";

    /// <summary>The variable that was set, for error messages.</summary>
    public string Variable => TagKey is null ? ClustersVariable : TagVariable;

    /// <summary>Reads the scope; reports a problem and returns null when neither or both are set.</summary>
    public static ClusterScopeSetting? Read(EnvironmentReader env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var names = NullIfBlank(env.OptionalString(ClustersVariable));
        var tag = NullIfBlank(env.OptionalString(TagVariable));
        if ((names is null) == (tag is null))
        {
            env.Report(ClustersVariable, names, $"either {ClustersVariable} (cluster names, comma-separated) or {TagVariable} (a tag key, or key=value), not both and not neither");
            return null;
        }

        if (tag is not null)
        {
            var parts = tag.Split('=', 2, StringSplitOptions.TrimEntries);
            return new ClusterScopeSetting([], parts[0], parts.Length == 2 ? parts[1] : null);
        }

        return new ClusterScopeSetting(names!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), null, null);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
