using CostOps.Aws.Ecs;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Wake;

namespace CostOps.Aws.Adapters;

/// <summary>Finds the service to wake with DescribeServices (tags included); only ACTIVE services are woken.</summary>
public sealed class EcsWakeServices(IEcsClient client) : IWakeServices
{
    public Task<WakeTarget?> FindAsync(string cluster, string service, CancellationToken cancellationToken) =>
        DescribeAsync(cluster, service, cancellationToken);

    public Task<WakeTarget?> GetAsync(ServiceRef service, CancellationToken cancellationToken) =>
        DescribeAsync(service.ClusterName, service.ServiceArn, cancellationToken);

    private async Task<WakeTarget?> DescribeAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var response = await client.DescribeServicesAsync(
            new DescribeServicesRequest { Cluster = cluster, Services = [service], Include = ["TAGS"] }, cancellationToken).ConfigureAwait(false);
        var found = (response.Services ?? []).FirstOrDefault(s => string.Equals(s.Status, "ACTIVE", StringComparison.Ordinal));
        if (found is null || string.IsNullOrEmpty(found.ServiceArn) || string.IsNullOrEmpty(found.ServiceName))
        {
            return null;
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in found.Tags ?? [])
        {
            tags[tag.Key] = tag.Value ?? "";
        }

        return new WakeTarget(new ServiceRef(EcsServiceMapper.ClusterName(found.ClusterArn ?? cluster), found.ServiceName, found.ServiceArn), tags);
    }
}
