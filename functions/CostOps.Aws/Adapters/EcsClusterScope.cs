using CostOps.Aws.Ecs;

namespace CostOps.Aws.Adapters;

/// <summary>The managed clusters described (providers, default strategy, tags): the listed ones, or every active cluster with the scope tag.</summary>
internal sealed class EcsClusterScope(IEcsClient client, EcsInventoryOptions scope)
{
    private const int MaxListResults = 100;
    private const string IncludeTags = "TAGS";

    public async Task<List<Cluster>> DescribeAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> names = scope.Clusters;
        if (scope.ByTag)
        {
            var arns = new List<string>();
            await foreach (var page in client.ListClustersAllAsync(new ListClustersRequest { MaxResults = MaxListResults }, cancellationToken).ConfigureAwait(false))
            {
                arns.AddRange(page.ClusterArns ?? []);
            }

            names = arns;
        }

        var clusters = new List<Cluster>();
        foreach (var batch in names.Chunk(EcsServiceInventory.MaxClustersPerDescribe))
        {
            var response = await client.DescribeClustersAsync(new DescribeClustersRequest { Clusters = batch, Include = [IncludeTags] }, cancellationToken).ConfigureAwait(false);
            clusters.AddRange((response.Clusters ?? []).Where(c => !string.Equals(c.Status, "INACTIVE", StringComparison.Ordinal) && InScope(c)));
        }

        return clusters;
    }

    /// <summary>By name: the cluster's name or ARN is listed (entries may be either). By tag: it carries the tag (and value).</summary>
    public bool InScope(Cluster cluster)
    {
        if (!scope.ByTag)
        {
            return scope.Clusters.Any(entry => Matches(entry, cluster.ClusterName) || Matches(entry, cluster.ClusterArn));
        }

        return (cluster.Tags ?? []).Any(t => string.Equals(t.Key, scope.ClusterTagKey, StringComparison.Ordinal)
            && (scope.ClusterTagValue is null || string.Equals(t.Value ?? "", scope.ClusterTagValue, StringComparison.Ordinal)));
    }

    private static bool Matches(string entry, string? nameOrArn) =>
        nameOrArn is not null && (string.Equals(entry, nameOrArn, StringComparison.Ordinal)
            || string.Equals(EcsServiceMapper.ClusterName(entry), EcsServiceMapper.ClusterName(nameOrArn), StringComparison.Ordinal));
}
