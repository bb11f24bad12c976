namespace CostOps.Core.Targets;

/// <summary>
/// Which clusters a target's reconciler manages: by name or ARN (<see cref="Clusters"/>), or every cluster with a tag
/// (<see cref="TagKey"/>, optionally <see cref="TagValue"/>); the same syntax as COSTOPS_CLUSTERS and COSTOPS_CLUSTER_TAG.
/// </summary>
public sealed record TargetClusterScope(IReadOnlyList<string> Clusters, string? TagKey, string? TagValue)
{
    public static TargetClusterScope ByName(IReadOnlyList<string> clusters) => new(clusters, null, null);

    public static TargetClusterScope ByTag(string key, string? value) => new([], key, value);

    public override string ToString() =>
        TagKey is null ? "clusters " + string.Join(',', Clusters) : "cluster tag " + TagKey + (TagValue is null ? string.Empty : "=" + TagValue);
}
