using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot.Ports;

/// <summary>Finds the service an ECS event is about (DescribeServices with TAGS). Read-only.</summary>
public interface ISpotServices
{
    /// <summary>True when the cluster (name or ARN) is one CostOps manages (listed, or carrying the scope tag).</summary>
    Task<bool> InScopeAsync(string cluster, CancellationToken cancellationToken);

    /// <returns>The service, or null when ECS does not know it (deleted, or a wrong name).</returns>
    Task<ManagedService?> FindAsync(string cluster, string service, CancellationToken cancellationToken);
}
