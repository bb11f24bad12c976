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

    Task<bool> TrySaveAsync(ServiceState state, long expectedVersion, CancellationToken cancellationToken);

    Task RecordRunAsync(SchedulerRunRecord run, CancellationToken cancellationToken);
}
