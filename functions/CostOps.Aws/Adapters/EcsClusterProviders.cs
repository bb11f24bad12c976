using CostOps.Aws.Ecs;
using CostOps.Core.Spot;
using CostOps.Core.Spot.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>
/// Associates FARGATE and FARGATE_SPOT with each managed cluster that lacks one. PutClusterCapacityProviders replaces
/// the whole list and default strategy, so every provider the cluster has (Auto Scaling group providers too) and its
/// default strategy are sent back unchanged; it is called only when something is missing (cluster changes: 1 a second).
/// </summary>
public sealed class EcsClusterProviders : IClusterProviders
{
    private static readonly string[] Fargate = [SpotStrategy.Fargate, SpotStrategy.FargateSpot];

    private readonly IEcsClient _client;
    private readonly EcsInventoryOptions _scope;

    public EcsClusterProviders(IEcsClient client, EcsInventoryOptions scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Validate();
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _scope = scope;
    }

    public async Task<IReadOnlyList<ClusterProvidersOutcome>> EnsureFargateProvidersAsync(CancellationToken cancellationToken)
    {
        List<Cluster> clusters;
        try
        {
            clusters = await new EcsClusterScope(_client, _scope).DescribeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return [new ClusterProvidersOutcome("(managed clusters)", [], $"could not describe the clusters: {ex.GetType().Name}: {ex.Message}")];
        }

        var outcomes = new List<ClusterProvidersOutcome>();
        foreach (var cluster in clusters)
        {
            outcomes.Add(await EnsureAsync(cluster, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    private async Task<ClusterProvidersOutcome> EnsureAsync(Cluster cluster, CancellationToken cancellationToken)
    {
        var name = cluster.ClusterName ?? cluster.ClusterArn ?? "(unnamed)";
        var existing = cluster.CapacityProviders ?? [];
        var missing = Fargate.Where(p => !existing.Contains(p, StringComparer.Ordinal)).ToList();
        if (missing.Count == 0)
        {
            return new ClusterProvidersOutcome(name, []);
        }

        try
        {
            await _client.PutClusterCapacityProvidersAsync(new PutClusterCapacityProvidersRequest
            {
                Cluster = cluster.ClusterArn ?? name,
                CapacityProviders = [.. existing, .. missing],
                DefaultCapacityProviderStrategy = cluster.DefaultCapacityProviderStrategy ?? [],
            }, cancellationToken).ConfigureAwait(false);
            return new ClusterProvidersOutcome(name, missing);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new ClusterProvidersOutcome(name, [], $"could not associate {string.Join(" and ", missing)}: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
