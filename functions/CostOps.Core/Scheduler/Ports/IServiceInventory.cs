namespace CostOps.Core.Scheduler.Ports;

/// <summary>Lists the services in the managed clusters (ListClusters, ListServices, DescribeServices with TAGS).</summary>
/// <remarks>Order does not matter: the reconciler sorts by service ARN. Read-only.</remarks>
public interface IServiceInventory
{
    IAsyncEnumerable<ManagedService> ListAsync(CancellationToken cancellationToken);
}
