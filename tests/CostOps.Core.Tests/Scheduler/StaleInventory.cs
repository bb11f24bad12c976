using System.Runtime.CompilerServices;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>Lists the fleet, then lets something else happen (another run) before handing back the now stale listing.</summary>
internal sealed class StaleInventory(IServiceInventory inner, Func<Task> afterListing) : IServiceInventory
{
    public async IAsyncEnumerable<ManagedService> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listed = new List<ManagedService>();
        await foreach (var service in inner.ListAsync(cancellationToken))
        {
            listed.Add(service);
        }

        await afterListing();
        foreach (var service in listed)
        {
            yield return service;
        }
    }
}
