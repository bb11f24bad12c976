namespace CostOps.Core.Scheduler.Ports;

/// <summary>The scheduler's durable per-service state.</summary>
/// <remarks>
/// Writes are conditional: <see cref="TrySaveAsync"/> succeeds only if the stored version equals
/// <c>expectedVersion</c> (0 = no item yet), and stores <c>state.Version</c>, which callers set to
/// <c>expectedVersion + 1</c>. Losing the race returns false; it never throws for that.
/// </remarks>
public interface ISchedulerStateStore
{
    Task<ServiceState?> GetAsync(string serviceArn, CancellationToken cancellationToken);

    /// <summary>Reads many services' state at once, each read as consistent as <see cref="GetAsync"/>.</summary>
    /// <returns>The stored state by service ARN (a service without state is absent), or null when this store reads one at a time only.</returns>
    Task<IReadOnlyDictionary<string, ServiceState>?> GetManyAsync(IReadOnlyList<string> serviceArns, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, ServiceState>?>(null);

    Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken);

    Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken);
}
