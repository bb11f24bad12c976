using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot;
using CostOps.Core.Spot.Ports;
using CostOps.Core.State;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CostOps.Core.Tests.Spot;

/// <summary>A Spot manager on the in-memory state store, with its ECS ports as mocks whose services the test sets, on a fake clock.</summary>
internal sealed class SpotHarness
{
    public SpotHarness()
    {
        Inventory.Setup(i => i.ListAsync(It.IsAny<CancellationToken>())).Returns(() => Snapshot().ToAsyncEnumerable());
        Lookup.Setup(l => l.InScopeAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string cluster, CancellationToken _) => cluster.EndsWith("main", StringComparison.Ordinal));
        Lookup.Setup(l => l.FindAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string service, CancellationToken _) => Snapshot().FirstOrDefault(s => s.Ref.ServiceArn == service || s.Ref.ServiceName == service));
        Clusters.Setup(c => c.EnsureFargateProvidersAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Strategy.Setup(s => s.SetStrategyAsync(It.IsAny<ServiceRef>(), It.IsAny<IReadOnlyList<CapacityProviderItem>>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceRef r, IReadOnlyList<CapacityProviderItem> strategy, CancellationToken _) =>
            {
                // A tick handles services in parallel.
                lock (Changes)
                {
                    Changes.Add((r.ServiceName, strategy));
                    Services[r.ServiceArn] = Services[r.ServiceArn] with { LaunchType = null, CapacityProviderStrategy = strategy };
                }
            })
            .Returns(Task.CompletedTask);
    }

    public FakeTimeProvider Time { get; } = new(SpotServices.Noon);

    public Dictionary<string, ManagedService> Services { get; } = new(StringComparer.Ordinal);

    public List<(string Service, IReadOnlyList<CapacityProviderItem> Strategy)> Changes { get; } = [];

    public InMemorySchedulerStateStore Store { get; } = new();

    public Mock<IServiceInventory> Inventory { get; } = new();

    public Mock<ISpotServices> Lookup { get; } = new();

    public Mock<IServiceStrategy> Strategy { get; } = new();

    public Mock<IClusterProviders> Clusters { get; } = new();

    public Mock<IMetricSink> Metrics { get; } = new();

    public Mock<IStructuredLog> Log { get; } = new();

    public ManagedService Add(ManagedService service) => Services[service.Ref.ServiceArn] = service;

    private List<ManagedService> Snapshot()
    {
        lock (Changes)
        {
            return [.. Services.Values];
        }
    }

    public SpotManager Create(SpotOptions? options = null) =>
        new(new SpotDecider(options ?? SpotServices.Options), new SpotPorts(Inventory.Object, Lookup.Object, Strategy.Object, Clusters.Object, Store),
            Metrics.Object, Log.Object, Time);

    public Task<SpotRunSummary> TickAsync() => Create().TickAsync(CancellationToken.None);

    public Task<SpotRunSummary> ShortageAsync(string name = "web", string id = "evt-1") =>
        Create().PlacementFailureAsync("arn:aws:ecs:eu-west-1:123456789012:cluster/main", SpotServices.Arn(name), SpotServices.Shortage(id, Time.GetUtcNow()), CancellationToken.None);

    public Task<SpotRunSummary> InterruptedAsync(string task, string id, string name = "web") =>
        Create().TaskStoppedAsync("arn:aws:ecs:eu-west-1:123456789012:cluster/main", name, SpotServices.Interrupted(task, id, Time.GetUtcNow()), CancellationToken.None);

    public Task<ServiceState?> StateAsync(string name = "web") => Store.GetAsync(SpotServices.Arn(name), CancellationToken.None);
}
