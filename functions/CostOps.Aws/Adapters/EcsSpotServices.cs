using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Resolves the service an ECS event names: DescribeClusters for the scope, DescribeServices with TAGS for the service. Read-only.</summary>
public sealed class EcsSpotServices : ISpotServices
{
    private readonly IEcsClient _client;
    private readonly EcsClusterScope _scope;

    public EcsSpotServices(IEcsClient client, EcsInventoryOptions scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Validate();
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _scope = new EcsClusterScope(client, scope);
    }

    public async Task<bool> InScopeAsync(string cluster, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        var response = await _client.DescribeClustersAsync(new DescribeClustersRequest { Clusters = [cluster], Include = ["TAGS"] }, cancellationToken).ConfigureAwait(false);
        return (response.Clusters ?? []).Any(c => !string.Equals(c.Status, "INACTIVE", StringComparison.Ordinal) && _scope.InScope(c));
    }

    public async Task<ManagedService?> FindAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        ArgumentException.ThrowIfNullOrEmpty(service);
        var response = await _client.DescribeServicesAsync(
            new DescribeServicesRequest { Cluster = cluster, Services = [service], Include = ["TAGS"] }, cancellationToken).ConfigureAwait(false);
        return (response.Services ?? [])
            .Where(s => !string.Equals(s.Status, "INACTIVE", StringComparison.Ordinal))
            .Select(s => EcsServiceMapper.Map(s, cluster, null, 0))
            .FirstOrDefault(s => s is not null);
    }
}
