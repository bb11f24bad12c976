using System.Runtime.CompilerServices;
using CostOps.Aws.Ecs;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Lists the services of the managed clusters: ListServices (every page), then DescribeServices with
/// TAGS ten at a time, each batch yielded as it arrives. Services DescribeServices reports as failures
/// (e.g. MISSING, deleted meanwhile) are skipped. Read-only.
/// </summary>
public sealed class EcsServiceInventory : IServiceInventory, IResumableInventory
{
    /// <summary>DescribeClusters accepts at most 100 clusters a call.</summary>
    internal const int MaxClustersPerDescribe = 100;
    private const int MaxListResults = 100;
    private const string IncludeTags = "TAGS";

    private readonly IEcsClient _client;
    private readonly EcsInventoryOptions _options;
    private readonly TaskSizeCache _sizes;

    public EcsServiceInventory(IEcsClient client, EcsInventoryOptions options, IStructuredLog log)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options;
        _sizes = new TaskSizeCache(client, log ?? throw new ArgumentNullException(nameof(log)));
    }

    public IAsyncEnumerable<ManagedService> ListAsync(CancellationToken cancellationToken) => ListAsync(null, cancellationToken);

    /// <remarks>
    /// A continuation still lists every page (ListServices) but describes only the services after <paramref name="after"/>.
    /// The DescribeServices batches of one page (up to ten) are sent together; the transport keeps them within ECS' read bucket.
    /// </remarks>
    public async IAsyncEnumerable<ManagedService> ListAsync(string? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var failedDefinitions = new HashSet<string>(StringComparer.Ordinal);
        var clusters = _options.ByTag ? await TaggedClustersAsync(cancellationToken).ConfigureAwait(false) : _options.Clusters;
        foreach (var cluster in clusters)
        {
            var listRequest = new ListServicesRequest { Cluster = cluster, MaxResults = MaxListResults };
            await foreach (var page in _client.ListServicesAllAsync(listRequest, cancellationToken).ConfigureAwait(false))
            {
                var arns = (page.ServiceArns ?? []).Where(a => after is null || string.CompareOrdinal(a, after) > 0).ToList();
                if (arns.Count == 0)
                {
                    continue;
                }

                var batches = await Task.WhenAll(arns.Chunk(EcsClient.MaxServicesPerDescribe).Select(batch => _client.DescribeServicesAsync(
                    new DescribeServicesRequest { Cluster = cluster, Services = batch, Include = [IncludeTags] }, cancellationToken))).ConfigureAwait(false);
                foreach (var described in batches)
                {
                    foreach (var service in described.Services ?? [])
                    {
                        var size = await _sizes.GetAsync(service.TaskDefinition, failedDefinitions, cancellationToken).ConfigureAwait(false);
                        if (EcsServiceMapper.Map(service, cluster, size, _options.MaxRecentEvents) is { } managed)
                        {
                            yield return managed;
                        }
                    }
                }
            }
        }
    }

    /// <summary>Every cluster (ListClusters, all pages) whose tags match, described 100 at a time. Inactive clusters are left out.</summary>
    private async Task<List<string>> TaggedClustersAsync(CancellationToken cancellationToken)
    {
        var arns = new List<string>();
        await foreach (var page in _client.ListClustersAllAsync(new ListClustersRequest { MaxResults = MaxListResults }, cancellationToken).ConfigureAwait(false))
        {
            arns.AddRange(page.ClusterArns ?? []);
        }

        var matching = new List<string>();
        foreach (var batch in arns.Chunk(MaxClustersPerDescribe))
        {
            var response = await _client.DescribeClustersAsync(new DescribeClustersRequest { Clusters = batch, Include = [IncludeTags] }, cancellationToken).ConfigureAwait(false);
            matching.AddRange((response.Clusters ?? [])
                .Where(c => c.ClusterArn is not null && !string.Equals(c.Status, "INACTIVE", StringComparison.Ordinal) && HasScopeTag(c))
                .Select(c => c.ClusterArn!));
        }

        return matching;
    }

    private bool HasScopeTag(Cluster cluster) => (cluster.Tags ?? []).Any(t =>
        string.Equals(t.Key, _options.ClusterTagKey, StringComparison.Ordinal)
        && (_options.ClusterTagValue is null || string.Equals(t.Value ?? "", _options.ClusterTagValue, StringComparison.Ordinal)));
}
