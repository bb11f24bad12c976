namespace CostOps.Core.Scheduler.Ports;

/// <summary>Lists the services in the managed clusters (ListClusters, ListServices, DescribeServices with TAGS).</summary>
/// <remarks>Order does not matter: the reconciler sorts by service ARN. Read-only.</remarks>
public interface IServiceInventory
{
    IAsyncEnumerable<ManagedService> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Lists as <see cref="ListAsync(CancellationToken)"/>, but may leave out, without describing them, the services whose
    /// ARN sorts at or before <paramref name="after"/> (ordinal): a continuation resumes after them.
    /// </summary>
    IAsyncEnumerable<ManagedService> ListAsync(string? after, CancellationToken cancellationToken) => ListAsync(cancellationToken);
}
