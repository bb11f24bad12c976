using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot.Ports;

/// <summary>Moves a service to a capacity provider strategy: UpdateService with the strategy and forceNewDeployment. Throws on any failure.</summary>
public interface IServiceStrategy
{
    Task SetStrategyAsync(ServiceRef service, IReadOnlyList<CapacityProviderItem> strategy, CancellationToken cancellationToken);
}
