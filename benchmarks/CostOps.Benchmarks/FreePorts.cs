using System.Runtime.CompilerServices;
using CostOps.Core.Activity;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Simulator;

namespace CostOps.Benchmarks;

/// <summary>
/// Ports that cost next to nothing: the listing is prepared before the clock starts and every change goes
/// straight into the simulated account, no HTTP. What a pass costs with these is CostOps' own CPU.
/// </summary>
internal sealed class FreePorts(SimulatedAccount account, IReadOnlyList<ManagedService> listing)
    : IServiceInventory, IServiceCapacity, IServiceScaling, IServiceTagger, IRunContinuation
{
    private static readonly TaskSize Size = new(0.5m, 1m, TaskSize.Arm);
    private readonly PortCallCounter _calls = new();

    public IReadOnlyDictionary<string, int> Calls => _calls.Snapshot();

    /// <summary>The services as DescribeServices would show them now.</summary>
    public static List<ManagedService> ListingOf(SimulatedAccount account)
    {
        lock (account.Gate)
        {
            return
            [
                .. account.Services.Select(s => new ManagedService(
                    new ServiceRef(s.Cluster, s.Name, s.Arn), s.DesiredCount, s.DesiredCount, SchedulingStrategy.Replica, false,
                    [], "FARGATE", new Dictionary<string, string>(s.Tags, StringComparer.Ordinal), Size, [])),
            ];
        }
    }

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
        account.ChangeDesiredCount(service.ServiceArn, desiredCount);
        return Task.CompletedTask;
    }

    public Task SetDesiredCountAsync(ServiceRef service, int desiredCount, IReadOnlyList<CapacityProviderItem> strategy, CancellationToken cancellationToken) =>
        SetDesiredCountAsync(service, desiredCount, cancellationToken);

    public Task<ScalingBounds?> GetAsync(ServiceRef service, CancellationToken cancellationToken)
    {
        _calls.Add("Scaling.Get");
        var id = $"service/{service.ClusterName}/{service.ServiceName}";
        lock (account.Gate)
        {
            return Task.FromResult(account.Targets.TryGetValue(id, out var target) ? new ScalingBounds(target.Min, target.Max, false, false, false) : null);
        }
    }

    public Task SetAsync(ServiceRef service, ScalingBounds bounds, CancellationToken cancellationToken)
    {
        _calls.Add("Scaling.Set");
        account.ChangeBounds($"service/{service.ClusterName}/{service.ServiceName}", bounds.Min, bounds.Max);
        return Task.CompletedTask;
    }

    public Task TagAsync(ServiceRef service, string key, string value, CancellationToken cancellationToken)
    {
        _calls.Add("Tagger.Tag");
        account.ChangeTag(service.ServiceArn, key, value);
        return Task.CompletedTask;
    }

    public Task ContinueAsync(SchedulerRunRequest request, CancellationToken cancellationToken)
    {
        _calls.Add("Continuation.Continue");
        return Task.CompletedTask;
    }
}
