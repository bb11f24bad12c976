namespace CostOps.Core.Scheduler.Ports;

/// <summary>An inventory that can leave out what a continuation already did; the scheduler uses it when the inventory offers it.</summary>
public interface IResumableInventory
{
    /// <summary>
    /// Lists as <see cref="IServiceInventory.ListAsync"/>, but may leave out, without describing them, the services whose
    /// ARN sorts at or before <paramref name="after"/> (ordinal): a continuation resumes after them.
    /// </summary>
    IAsyncEnumerable<ManagedService> ListAsync(string? after, CancellationToken cancellationToken);
}
