using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Wake;

/// <summary>Reads the service a wake is for, with its tags (ECS DescribeServices).</summary>
public interface IWakeServices
{
    /// <returns>Null when the cluster has no such active service.</returns>
    Task<WakeTarget?> FindAsync(string cluster, string service, CancellationToken cancellationToken);

    /// <returns>Null when the service no longer exists.</returns>
    Task<WakeTarget?> GetAsync(ServiceRef service, CancellationToken cancellationToken);
}
