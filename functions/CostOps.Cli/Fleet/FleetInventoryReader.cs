using CostOps.Aws.Adapters;
using CostOps.Aws.AutoScaling;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Cli.Fleet;

/// <summary>Describes the services of the scoped clusters (ListServices, DescribeServices, DescribeTaskDefinition, DescribeScalableTargets). Read-only.</summary>
public static class FleetInventoryReader
{
    private const int ResourceIdsPerCall = 50;

    public static async Task<FleetDocument> ReadAsync(FleetContext fleet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var services = new List<ManagedService>();
        await foreach (var service in new EcsServiceInventory(fleet.Aws.Ecs, fleet.Scope!, fleet.Log).ListAsync(cancellationToken).ConfigureAwait(false))
        {
            services.Add(service);
        }

        var bounds = new Dictionary<string, FleetScaling>(StringComparer.Ordinal);
        foreach (var chunk in services.Select(ResourceId).Chunk(ResourceIdsPerCall))
        {
            var request = new DescribeScalableTargetsRequest { ServiceNamespace = "ecs", ResourceIds = chunk, ScalableDimension = "ecs:service:DesiredCount" };
            await foreach (var page in fleet.Aws.AutoScaling.DescribeScalableTargetsAllAsync(request, cancellationToken).ConfigureAwait(false))
            {
                foreach (var target in page.ScalableTargets ?? [])
                {
                    bounds[target.ResourceId] = new FleetScaling(target.MinCapacity, target.MaxCapacity);
                }
            }
        }

        var described = services
            .OrderBy(s => s.Ref.ClusterName, StringComparer.Ordinal).ThenBy(s => s.Ref.ServiceName, StringComparer.Ordinal)
            .Select(s => new FleetService(
                s.Ref.ClusterName,
                s.Ref.ServiceName,
                s.DesiredCount,
                s.TaskSize?.Vcpu ?? 0,
                s.TaskSize?.MemoryGb ?? 0,
                s.TaskSize?.Architecture ?? "X86_64",
                s.LaunchType,
                [.. s.CapacityProviderStrategy.Select(c => c.Provider)],
                bounds.GetValueOrDefault(ResourceId(s)),
                new SortedDictionary<string, string>(s.Tags.ToDictionary(), StringComparer.Ordinal)))
            .ToList();
        return new FleetDocument(FleetDocument.CurrentFormat, fleet.Region, described);
    }

    private static string ResourceId(ManagedService s) => $"service/{s.Ref.ClusterName}/{s.Ref.ServiceName}";
}
