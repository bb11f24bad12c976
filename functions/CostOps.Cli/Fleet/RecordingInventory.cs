using System.Runtime.CompilerServices;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Cli.Fleet;

/// <summary>The inventory as the scheduler reads it, keeping what it listed (tags, counts) for the plan's per-service detail.</summary>
public sealed class RecordingInventory(IServiceInventory inner) : IServiceInventory
{
    private readonly List<ManagedService> _listed = [];

    public IReadOnlyList<ManagedService> Listed => _listed;

    public async IAsyncEnumerable<ManagedService> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var service in inner.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            _listed.Add(service);
            yield return service;
        }
    }
}
