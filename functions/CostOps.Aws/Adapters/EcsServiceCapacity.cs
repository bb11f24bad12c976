using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>Sets a service's desired count with UpdateService. Nothing else is sent: no new deployment is forced.</summary>
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
}
