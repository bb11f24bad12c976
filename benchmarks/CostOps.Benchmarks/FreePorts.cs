using System.Runtime.CompilerServices;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Benchmarks;

/// <summary>
/// Ports that cost nothing: the listing is prepared before the clock starts and every change is a
/// dictionary update in the <see cref="FleetWorld"/>. What a pass costs with these is CostOps' own CPU.
/// </summary>
internal sealed class FreePorts(FleetWorld world, IReadOnlyList<ManagedService> listing)
    : IServiceInventory, IServiceCapacity, IServiceScaling, IServiceTagger, IRunContinuation
{
    private static readonly TaskSize Size = new(0.5m, 1m, TaskSize.Arm);
    private readonly PortCallCounter _calls = new();

    public IReadOnlyDictionary<string, int> Calls => _calls.Snapshot();

    /// <summary>The services as DescribeServices would show them now.</summary>
    public static List<ManagedService> ListingOf(FleetWorld world) =>
    [
        .. world.All.Select(s => new ManagedService(
            new ServiceRef(s.Cluster, s.Name, s.Arn), s.DesiredCount, s.DesiredCount, SchedulingStrategy.Replica, false,
            [], "FARGATE", new Dictionary<string, string>(s.Tags, StringComparer.Ordinal), Size, [])),
    ];

    public async IAsyncEnumerable<ManagedService> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        _calls.Add("Inventory.List");
        foreach (var service in listing)
        {
            yield return service;
        }

        await Task.CompletedTask;
    }

    public Task SetDesiredCountAsync(ServiceRef service, int desiredCount, CancellationToken cancellationToken)
    {
        _calls.Add("Capacity.SetDesiredCount");
        var s = world.ByArn(service.ServiceArn);
        world.Change(() => s.DesiredCount = desiredCount);
        return Task.CompletedTask;
    }

    public Task SetDesiredCountAsync(ServiceRef service, int desiredCount, IReadOnlyList<CapacityProviderItem> strategy, CancellationToken cancellationToken) =>
        SetDesiredCountAsync(service, desiredCount, cancellationToken);

    public Task<ScalingBounds?> GetAsync(ServiceRef service, CancellationToken cancellationToken)
    {
        _calls.Add("Scaling.Get");
        var target = world.Read(() => world.ByArn(service.ServiceArn).Target);
        return Task.FromResult(target is null ? null : new ScalingBounds(target.Min, target.Max, false, false, false));
    }

    public Task SetAsync(ServiceRef service, ScalingBounds bounds, CancellationToken cancellationToken)
    {
        _calls.Add("Scaling.Set");
        var s = world.ByArn(service.ServiceArn);
        world.Change(() => s.Target = new TargetBounds(bounds.Min, bounds.Max));
        return Task.CompletedTask;
    }

    public Task TagAsync(ServiceRef service, string key, string value, CancellationToken cancellationToken)
    {
        _calls.Add("Tagger.Tag");
        var s = world.ByArn(service.ServiceArn);
        world.Change(() => s.Tags[key] = value);
        return Task.CompletedTask;
    }

    public Task ContinueAsync(SchedulerRunRequest request, CancellationToken cancellationToken)
    {
        _calls.Add("Continuation.Continue");
        return Task.CompletedTask;
    }
}
