using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Moves a service to a capacity provider strategy in place: UpdateService with the strategy and forceNewDeployment (required for the change).</summary>
public sealed class EcsServiceStrategy(IEcsClient client) : IServiceStrategy
{
    public async Task SetStrategyAsync(ServiceRef service, IReadOnlyList<CapacityProviderItem> strategy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(strategy);
        await client.UpdateServiceAsync(new UpdateServiceRequest
        {
            Cluster = service.ClusterName,
            Service = service.ServiceName,
            CapacityProviderStrategy = Wire(strategy),
            ForceNewDeployment = true,
        }, cancellationToken).ConfigureAwait(false);
    }

    internal static IReadOnlyList<CapacityProviderStrategyItem> Wire(IReadOnlyList<CapacityProviderItem> strategy) =>
        [.. strategy.Select(i => new CapacityProviderStrategyItem { CapacityProvider = i.Provider, Weight = i.Weight, Base = i.Base })];
}
