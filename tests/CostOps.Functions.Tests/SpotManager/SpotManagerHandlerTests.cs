using System.Text;
using System.Text.Json;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot;
using CostOps.Core.Spot.Ports;
using CostOps.Core.State;
using CostOps.Hosting;
using CostOps.Hosting.Events;
using CostOps.SpotManager;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CostOps.Functions.Tests.SpotManager;

/// <summary>The handler on the real event JSON of the AWS documentation, with the ECS ports mocked and the in-memory state store.</summary>
public sealed class SpotManagerHandlerTests
{
    private static readonly SpotOptions Options = new();
    private readonly FakeTimeProvider _time = TestClock.At("2026-11-16T07:05:00Z");
    private readonly InMemorySchedulerStateStore _store = new();
    private readonly Mock<IServiceStrategy> _strategy = new();
    private readonly Mock<IStructuredLog> _log = new();
    private readonly Dictionary<string, ManagedService> _services = new(StringComparer.Ordinal);

    public SpotManagerHandlerTests()
    {
        Add(new ServiceRef("default", "servicetest", "arn:aws:ecs:us-west-2:111122223333:service/default/servicetest"));
        Add(new ServiceRef("shop", "checkout", "arn:aws:ecs:eu-central-1:111122223333:service/shop/checkout"));
    }

    [Fact]
    public async Task HandleAsync_PlacementFailureFromTheAwsDocs_FallsBackAndSummarisesTheService()
    {
        var result = await Handler().HandleAsync(Fixture("ecs-service-action-placement-failure.json"), Context());

        Assert.False(result.IsFailure);
        var service = Parse(result).GetProperty("services")[0];
        Assert.Equal(("Fallback", "servicetest"), (service.GetProperty("action").GetString(), service.GetProperty("serviceName").GetString()));
        Assert.Contains("no Fargate Spot capacity", service.GetProperty("reason").GetString(), StringComparison.Ordinal);
        _strategy.Verify(s => s.SetStrategyAsync(It.Is<ServiceRef>(r => r.ServiceName == "servicetest"),
            It.Is<IReadOnlyList<CapacityProviderItem>>(p => SpotStrategy.Same(p, SpotStrategy.OnDemand(Options))), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_SamePlacementFailureTwice_ChangesOnce()
    {
        var handler = Handler();

        await handler.HandleAsync(Fixture("ecs-service-action-placement-failure.json"), Context());
        var again = await handler.HandleAsync(Fixture("ecs-service-action-placement-failure.json"), Context());

        Assert.Equal("Duplicate", Parse(again).GetProperty("services")[0].GetProperty("action").GetString());
        _strategy.Verify(s => s.SetStrategyAsync(It.IsAny<ServiceRef>(), It.IsAny<IReadOnlyList<CapacityProviderItem>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("SpotInterruption")]
    [InlineData("TerminationNotice")]
    public async Task HandleAsync_ThreeInterruptionsWithEitherStopCode_FallBackAtTheThird(string stopCode)
    {
        var handler = Handler();
        var actions = new List<string?>();
        for (var i = 1; i <= 3; i++)
        {
            var json = File.ReadAllText(Path.Combine("Fixtures", "ecs-task-state-change-service-spot-stopped.json"))
                .Replace("\"SpotInterruption\"", $"\"{stopCode}\"", StringComparison.Ordinal)
                .Replace("5b8e2c7f0e2d4d0f9a1b2c3d4e5f6a7b", $"task{i}", StringComparison.Ordinal)
                .Replace("0c4a1a4e-5d7b-4f43-9a3e-2f6f3a1d9b10", $"event-{i}", StringComparison.Ordinal);
            var result = await handler.HandleAsync(EventParser.Parse(Encoding.UTF8.GetBytes(json)), Context());
            actions.Add(Parse(result).GetProperty("services")[0].GetProperty("action").GetString());
        }

        Assert.Equal(["Interruption", "Interruption", "Fallback"], actions);
    }

    [Fact]
    public async Task HandleAsync_InterruptionOfATaskOutsideAnyService_ChangesNothing()
    {
        var result = await Handler().HandleAsync(Fixture("ecs-task-state-change-spot-interruption.json"), Context());

        var service = Parse(result).GetProperty("services")[0];
        Assert.Equal("Ignore", service.GetProperty("action").GetString());
        Assert.Contains("is not part of a service", service.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task HandleAsync_TickWhoseChangeFails_FailsTheInvocationWithTheErrorInTheSummary()
    {
        _services["arn:aws:ecs:us-west-2:111122223333:service/default/servicetest"] = _services["arn:aws:ecs:us-west-2:111122223333:service/default/servicetest"]
            with { LaunchType = "FARGATE", CapacityProviderStrategy = [] };
        _strategy.Setup(s => s.SetStrategyAsync(It.IsAny<ServiceRef>(), It.IsAny<IReadOnlyList<CapacityProviderItem>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("ECS", "UpdateService", "InvalidParameterException", "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster.", "req-1", System.Net.HttpStatusCode.BadRequest));

        var result = await Handler().HandleAsync(new ManualCommand(ManualCommandKind.Run, false, null, null), Context());

        Assert.True(result.IsFailure);
        var failed = Parse(result).GetProperty("services").EnumerateArray().Single(s => s.GetProperty("action").GetString() == "Fail");
        Assert.Contains("not associated with the cluster", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TickFromTheDeploymentsSchedule_MovesALaunchTypeServiceToSpot()
    {
        var arn = "arn:aws:ecs:us-west-2:111122223333:service/default/servicetest";
        _services[arn] = _services[arn] with { LaunchType = "FARGATE", CapacityProviderStrategy = [] };
        var tick = EventParser.Parse(Encoding.UTF8.GetBytes("""{"source":"costops.scheduler","trigger":"tick","schedule":"spot-tick"}"""));

        var result = await Handler().HandleAsync(tick, Context());

        Assert.False(result.IsFailure);
        _strategy.Verify(s => s.SetStrategyAsync(It.Is<ServiceRef>(r => r.ServiceArn == arn), It.IsAny<IReadOnlyList<CapacityProviderItem>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private void Add(ServiceRef r) => _services[r.ServiceArn] = new ManagedService(r, 2, 2, SchedulingStrategy.Replica, false,
        SpotStrategy.Spot(Options), null, new Dictionary<string, string> { ["costops:capacity"] = "spot" }, null, []);

    private SpotManagerHandler Handler()
    {
        var inventory = new Mock<IServiceInventory>();
        inventory.Setup(i => i.ListAsync(It.IsAny<CancellationToken>())).Returns(() => _services.Values.ToList().ToAsyncEnumerable());
        var lookup = new Mock<ISpotServices>();
        lookup.Setup(l => l.InScopeAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        lookup.Setup(l => l.FindAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string s, CancellationToken _) => _services.Values.FirstOrDefault(m => m.Ref.ServiceArn == s || m.Ref.ServiceName == s));
        var clusters = new Mock<IClusterProviders>();
        clusters.Setup(c => c.EnsureFargateProvidersAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var ports = new SpotPorts(inventory.Object, lookup.Object, _strategy.Object, clusters.Object, _store);
        return new SpotManagerHandler(new Core.Spot.SpotManager(new SpotDecider(Options), ports, Mock.Of<IMetricSink>(), _log.Object, _time), new AwsCallStatistics());
    }

    private static InvocationEvent Fixture(string name) => EventParser.Parse(File.ReadAllBytes(Path.Combine("Fixtures", name)));

    private InvocationContext Context() =>
        new(_time, _log.Object, Mock.Of<IMetricSink>(), _time.GetUtcNow().AddMinutes(10), "trace-1", CancellationToken.None);

    private static JsonElement Parse(InvocationResult result) => JsonDocument.Parse(result.Utf8Json).RootElement.Clone();
}
