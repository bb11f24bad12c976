namespace CostOps.Core.Scheduler.Ports;

/// <summary>A state store that reads many services' state in one call; the scheduler uses it when the store offers it.</summary>
public interface IBatchStateReads
{
    /// <summary>Reads many services' state at once, each read as consistent as <see cref="ISchedulerStateStore.GetAsync"/>.</summary>
    /// <returns>The stored state by service ARN; a service without state is absent.</returns>
    Task<IReadOnlyDictionary<string, ServiceState>?> GetManyAsync(IReadOnlyList<string> serviceArns, CancellationToken cancellationToken);
}
