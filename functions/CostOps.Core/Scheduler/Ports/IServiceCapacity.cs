namespace CostOps.Core.Scheduler.Ports;

/// <summary>Sets a service's desired count (ECS UpdateService). Throws on any failure.</summary>
public interface IServiceCapacity
{
    /// <summary>UpdateService with desiredCount only: no new deployment.</summary>
    Task SetDesiredCountAsync(ServiceRef service, int desiredCount, CancellationToken cancellationToken);

    /// <summary>
    /// UpdateService with desiredCount, capacityProviderStrategy and forceNewDeployment in one call: a start that puts the
    /// service on the strategy the Spot manager wants (a strategy change needs a new deployment).
    /// </summary>
    Task SetDesiredCountAsync(ServiceRef service, int desiredCount, IReadOnlyList<CapacityProviderItem> strategy, CancellationToken cancellationToken);
}
