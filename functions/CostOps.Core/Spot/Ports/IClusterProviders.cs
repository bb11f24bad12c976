namespace CostOps.Core.Spot.Ports;

/// <summary>Makes sure the managed clusters have FARGATE and FARGATE_SPOT associated, keeping every other provider and the default strategy.</summary>
public interface IClusterProviders
{
    /// <summary>One outcome per managed cluster; a cluster that fails is reported in its outcome, never thrown.</summary>
    Task<IReadOnlyList<ClusterProvidersOutcome>> EnsureFargateProvidersAsync(CancellationToken cancellationToken);
}
