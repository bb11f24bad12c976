using System.Text.Json;
using CostOps.Aws.Http;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;
using CostOps.Core.State;
using CostOps.Hosting;
using CostOps.Hosting.Events;
using CostOps.Scheduler;
using CostOps.TestSupport;
using Moq;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Functions.Tests.Scheduler;

public sealed class SchedulerHandlerTests
{
    private static readonly ServiceRef Web = new("dev", "web", "arn:aws:ecs:us-east-1:123456789012:service/dev/web");
    private readonly FakeTimeProvider _time = TestClock.At("2026-11-16T21:00:00Z");
    private readonly Mock<IServiceCapacity> _capacity = new();
    private readonly InMemorySchedulerStateStore _store = new();

    [Fact]
    public async Task HandleAsync_ManualDryRun_ReportsStopWithoutChangingAnything()
    {
        var result = await Handler().HandleAsync(new ManualCommand(ManualCommandKind.Run, DryRun: true, null, null), Context());

        Assert.False(result.IsFailure);
        var summary = Parse(result);
        Assert.True(summary.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, summary.GetProperty("stopped").GetInt32());
        Assert.Equal(0, summary.GetProperty("apiCalls").GetInt64());
        Assert.Equal("Stop", summary.GetProperty("services")[0].GetProperty("action").GetString());
        _capacity.Verify(c => c.SetDesiredCountAsync(It.IsAny<ServiceRef>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Null(await _store.GetAsync(Web.ServiceArn, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_ScheduledEvent_StopsAfterSavingTheSnapshot()
    {
        var result = await Handler().HandleAsync(new ScheduledEvent("id-1", _time.GetUtcNow(), "123456789012", "us-east-1", []), Context());

        Assert.False(result.IsFailure);
        _capacity.Verify(c => c.SetDesiredCountAsync(Web, 0, It.IsAny<CancellationToken>()), Times.Once);
        var saved = await _store.GetAsync(Web.ServiceArn, CancellationToken.None);
        Assert.Equal(3, saved!.Snapshot!.DesiredCount);
    }

    [Fact]
    public async Task HandleAsync_ServiceFails_ResultIsAFailureThatStillCarriesTheSummary()
    {
        _capacity.Setup(c => c.SetDesiredCountAsync(It.IsAny<ServiceRef>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new AwsServiceException("ECS", "UpdateService", "AccessDeniedException", "not allowed", "req-1", System.Net.HttpStatusCode.BadRequest));

        var result = await Handler().HandleAsync(new ScheduledEvent("id-1", _time.GetUtcNow(), "123456789012", "us-east-1", []), Context());

        Assert.True(result.IsFailure);
        Assert.Contains("1 service(s) failed", result.Failure, StringComparison.Ordinal);
        var outcome = Parse(result).GetProperty("services")[0];
        Assert.Equal("Fail", outcome.GetProperty("action").GetString());
        Assert.Contains("AccessDeniedException", outcome.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DryRunWithWakeUpOn_SummaryHasTheNextBoundaryAndNothingIsSet()
    {
        var wakeUp = new Mock<IBoundaryWakeUp>(MockBehavior.Strict);
        var decider = new ScheduleDecider(ScheduleConfiguration.FromJson(
            """{"default":"office-hours","schedules":{"office-hours":{"timezone":"Europe/Berlin","periods":["mon-fri 08:00-20:00"]}}}"""));

        var result = await Handler(decider, wakeUp.Object).HandleAsync(new ManualCommand(ManualCommandKind.Run, DryRun: true, null, null), Context());

        // Monday 22:00 in Berlin: the next boundary is Tuesday's opening, 08:00 CET.
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 7, 0, 0, TimeSpan.Zero), Parse(result).GetProperty("nextBoundary").GetDateTimeOffset());
    }

    [Fact]
    public async Task HandleAsync_WakeUpOff_SummaryHasNoNextBoundary()
    {
        var result = await Handler().HandleAsync(new ManualCommand(ManualCommandKind.Run, DryRun: true, null, null), Context());

        Assert.False(Parse(result).TryGetProperty("nextBoundary", out _));
    }

    private SchedulerHandler Handler(IScheduleDecider? realDecider = null, IBoundaryWakeUp? wakeUp = null)
    {
        var inventory = new Mock<IServiceInventory>();
        inventory.Setup(i => i.ListAsync(It.IsAny<CancellationToken>())).Returns(One(new ManagedService(
            Web, 3, 3, SchedulingStrategy.Replica, false, [], "FARGATE", new Dictionary<string, string>(), null, [])));
        var scaling = new Mock<IServiceScaling>();
        var decider = new Mock<IScheduleDecider>();
        decider.Setup(d => d.Decide(It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<DateTimeOffset>()))
            .Returns(new ScheduleVerdict(DesiredRunState.Stopped, "office-hours", "outside mon-fri 08:00-20:00", OverrideState.None, null, null));
        var ports = new SchedulerPorts(inventory.Object, _capacity.Object, scaling.Object, Mock.Of<IServiceTagger>(), Mock.Of<IRunContinuation>(), _store, new InMemoryActivityLog(), wakeUp);
        var reconciler = new SchedulerReconciler(realDecider ?? decider.Object, ports, new SchedulerOptions(), Mock.Of<IMetricSink>(), Mock.Of<IStructuredLog>(), _time);
        return new SchedulerHandler(reconciler, new AwsCallStatistics());
    }

    private InvocationContext Context() =>
        new(_time, Mock.Of<IStructuredLog>(), Mock.Of<IMetricSink>(), _time.GetUtcNow().AddMinutes(10), "trace-1", CancellationToken.None);

    private static JsonElement Parse(InvocationResult result) => JsonDocument.Parse(result.Utf8Json).RootElement.Clone();

    private static async IAsyncEnumerable<ManagedService> One(ManagedService service)
    {
        await Task.Yield();
        yield return service;
    }
}
