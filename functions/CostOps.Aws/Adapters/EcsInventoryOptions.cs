namespace CostOps.Aws.Adapters;

/// <summary>
/// Which clusters the scheduler manages: either <see cref="Clusters"/> by name or ARN, or every
/// cluster carrying <see cref="ClusterTagKey"/> (and <see cref="ClusterTagValue"/> when set).
/// Call <see cref="Validate"/> at start.
/// </summary>
public sealed record EcsInventoryOptions
{
    /// <summary>Cluster names or ARNs. Default empty: the clusters are found by tag instead.</summary>
    public IReadOnlyList<string> Clusters { get; init; } = [];

    /// <summary>Manage every cluster with this tag key. Default null: use <see cref="Clusters"/>.</summary>
    public string? ClusterTagKey { get; init; }

    /// <summary>Only with <see cref="ClusterTagKey"/>: the tag must also have this value. Default null: any value.</summary>
    public string? ClusterTagValue { get; init; }

    /// <summary>Recent events kept per service (for drift reports). Default 5, range 0..100 (ECS keeps 100).</summary>
    public int MaxRecentEvents { get; init; } = 5;

    internal bool ByTag => ClusterTagKey is not null;

    public void Validate()
    {
        if (ClusterTagKey is null == (Clusters.Count == 0))
        {
            throw new ArgumentException(
                "ECS inventory scope: set either a list of clusters or a cluster tag key, not both and not neither "
                + $"(got {Clusters.Count} cluster(s) and tag key '{ClusterTagKey}').", nameof(Clusters));
        }

        if (ClusterTagKey is not null && string.IsNullOrWhiteSpace(ClusterTagKey))
        {
            throw new ArgumentException("ECS inventory scope: the cluster tag key is blank; set a key such as costops:managed.", nameof(ClusterTagKey));
        }

        if (ClusterTagValue is not null && ClusterTagKey is null)
        {
            throw new ArgumentException("ECS inventory scope: a cluster tag value needs a cluster tag key.", nameof(ClusterTagValue));
        }

        if (Clusters.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("ECS inventory scope: the cluster list contains a blank entry; remove it.", nameof(Clusters));
        }

        if (MaxRecentEvents is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRecentEvents), MaxRecentEvents, "ECS inventory option MaxRecentEvents must be between 0 and 100.");
        }
    }
}
