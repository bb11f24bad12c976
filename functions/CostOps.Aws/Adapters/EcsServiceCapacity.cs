using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Sets a service's desired count with UpdateService: alone (no new deployment), or with the strategy to start on and a new deployment.</summary>
public sealed class EcsServiceCapacity(IEcsClient client) : IServiceCapacity
{
    public async Task SetDesiredCountAsync(ServiceRef service, int desiredCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentOutOfRangeException.ThrowIfNegative(desiredCount);
        await client.UpdateServiceAsync(
            new UpdateServiceRequest { Cluster = service.ClusterName, Service = service.ServiceName, DesiredCount = desiredCount },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task SetDesiredCountAsync(ServiceRef service, int desiredCount, IReadOnlyList<CapacityProviderItem> strategy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentOutOfRangeException.ThrowIfNegative(desiredCount);
        await client.UpdateServiceAsync(new UpdateServiceRequest
        {
            Cluster = service.ClusterName,
            Service = service.ServiceName,
            DesiredCount = desiredCount,
            CapacityProviderStrategy = EcsServiceStrategy.Wire(strategy),
            ForceNewDeployment = true,
        }, cancellationToken).ConfigureAwait(false);
    }
}
