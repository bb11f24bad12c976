using System.Text.Json;
using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.TestSupport;
using Moq;
using static CostOps.Core.Tests.Scheduler.SchedulerHarness;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>Whole-run behaviour: overlapping runs, the time budget and continuation, the summary.</summary>
public sealed class SchedulerReconcilerRunTests
{
    [Fact]
    public async Task RunAsync_AnotherRunSavedFirst_LoserSkipsWithoutTouchingTheService()
    {
        var fleet = new FakeFleet();
        fleet.Add("api", 3);
        var store = new Mock<ISchedulerStateStore>();
        store.Setup(s => s.TrySaveAsync(It.IsAny<ServiceState>(), 0, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var activity = new Mock<IActivityLog>();
        var reconciler = new SchedulerReconciler(OfficeHoursDecider.Create().Object,
            new SchedulerPorts(fleet, fleet, fleet, fleet, fleet, store.Object, activity.Object),
            new SchedulerOptions(), Mock.Of<IMetricSink>(), Mock.Of<IStructuredLog>(), new FakeTimeProvider(Evening));

        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        var outcome = Assert.Single(summary.Services);
        Assert.Equal(ServiceAction.Skip, outcome.Action);
        Assert.Empty(fleet.Calls);
        Assert.Equal(3, fleet.Get("api").DesiredCount);
        activity.Verify(a => a.AppendAsync(It.IsAny<IReadOnlyList<ServiceActivity>>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.True(summary.Succeeded);
    }

    [Fact]
    public async Task RunAsync_StartRacingAnotherRun_LoserMakesNoCall()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        await h.RunAsync();
        var stale = await h.StateAsync("api");
        var rival = new Mock<ISchedulerStateStore>();
        rival.Setup(s => s.GetAsync(FakeFleet.Arn("api"), It.IsAny<CancellationToken>())).ReturnsAsync(stale);
        rival.Setup(s => s.TrySaveAsync(It.IsAny<ServiceState>(), stale!.Version, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var before = h.Fleet.Calls.Count;
        var reconciler = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Fleet, rival.Object, h.Activity),
            new SchedulerOptions(), h.Metrics.Object, h.Log.Object, new FakeTimeProvider(Morning));

        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(ServiceAction.Skip, Assert.Single(summary.Services).Action);
        Assert.Equal(before, h.Fleet.Calls.Count);
    }

    [Fact]
    public async Task RunAsync_InterruptedStopRacingAnotherRun_LoserMakesNoCall()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        var snapshot = new SavedSnapshot(3, null, [], "FARGATE", "office", Evening, null);
        var stopping = new ServiceState(h.Fleet.Get("api").Ref, ServiceStatus.Stopping, 4, Evening, snapshot);
        var rival = new Mock<ISchedulerStateStore>();
        rival.Setup(s => s.GetAsync(FakeFleet.Arn("api"), It.IsAny<CancellationToken>())).ReturnsAsync(stopping);
        rival.Setup(s => s.TrySaveAsync(It.IsAny<ServiceState>(), 4, It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var reconciler = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Fleet, rival.Object, h.Activity),
            new SchedulerOptions(), h.Metrics.Object, h.Log.Object, h.Time);

        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(ServiceAction.Skip, Assert.Single(summary.Services).Action);
        Assert.Empty(h.Fleet.Calls);
        rival.Verify(s => s.TrySaveAsync(It.Is<ServiceState>(x => x.Version == 5 && x.Snapshot == snapshot), 4, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunAsync_OverlappingRunStoppedItAfterOurListing_SkipsWithoutFalseDrift()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        var stale = new StaleInventory(h.Fleet, async () =>
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            await h.RunAsync();
        });
        var slow = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(stale, h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Gated, h.Gated),
            h.Options, h.Metrics.Object, h.Log.Object, h.Time);

        var summary = await slow.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(ServiceAction.Skip, Assert.Single(summary.Services).Action);
        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
        Assert.Equal(ServiceStatus.Stopped, (await h.StateAsync("api"))!.Status);
        Assert.Equal([ActivityKind.Stopped], h.Activity.Items.Select(a => a.Kind));
        Assert.Equal(1, h.Fleet.CallsTo("UpdateService"));
    }

    [Fact]
    public async Task RunAsync_OverlappingRunBeganEarlierButStoppedAfterOurListing_SkipsWithoutFalseDrift()
    {
        // Run A begins reconciling first and is held at its first write; run B lists (the service still runs);
        // then A stops the service. B must see that A wrote after B's listing, though A's run began before it.
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        var held = new PausedStateStore(h.Gated);
        var first = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Fleet, held, h.Gated), h.Options, h.Metrics.Object, h.Log.Object, h.Time);
        var runA = first.RunAsync(new SchedulerRunRequest(), CancellationToken.None);
        await held.FirstWriteReached;
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var stale = new StaleInventory(h.Fleet, async () =>
        {
            h.Time.Advance(TimeSpan.FromSeconds(1));
            held.Release();
            await runA;
        });
        var second = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(stale, h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Gated, h.Gated), h.Options, h.Metrics.Object, h.Log.Object, h.Time);

        var summaryB = await second.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(ServiceAction.Stop, Assert.Single((await runA).Services).Action);
        Assert.Equal(ServiceAction.Skip, Assert.Single(summaryB.Services).Action);
        Assert.Equal(ServiceStatus.Stopped, (await h.StateAsync("api"))!.Status);
        Assert.Equal([ActivityKind.Stopped], h.Activity.Items.Select(a => a.Kind));
        Assert.Equal(0, h.Fleet.Get("api").DesiredCount);
    }

    [Fact]
    public async Task RunAsync_ContinuationCannotBeInvoked_RunErrorAndNotSucceeded()
    {
        var h = new SchedulerHarness { Options = new() { TimeBudget = TimeSpan.FromSeconds(1), MaxConcurrency = 1 } };
        h.Fleet.Add("a", 1);
        h.Fleet.Add("b", 1);
        h.Fleet.BeforeMutation = (_, _) => h.Time.Advance(TimeSpan.FromSeconds(5));
        var continuation = new Mock<IRunContinuation>();
        continuation.Setup(c => c.ContinueAsync(It.IsAny<SchedulerRunRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("AccessDeniedException: lambda:InvokeFunction"));
        var reconciler = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, continuation.Object, h.Gated, h.Gated),
            h.Options, h.Metrics.Object, h.Log.Object, h.Time);

        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.False(summary.Succeeded);
        Assert.Contains("lambda:InvokeFunction", summary.RunError, StringComparison.Ordinal);
        Assert.Equal(FakeFleet.Arn("a"), summary.ContinuationToken);
    }

    [Fact]
    public async Task RunAsync_UnmanagedService_NoStateReadAndNoCalls()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("legacy", 2, tags: []);
        var store = new Mock<ISchedulerStateStore>(MockBehavior.Strict);
        var reconciler = new SchedulerReconciler(h.Decider.Object,
            new SchedulerPorts(h.Fleet, h.Fleet, h.Fleet, h.Fleet, h.Fleet, store.Object, h.Activity),
            h.Options, h.Metrics.Object, h.Log.Object, h.Time);

        var summary = await reconciler.RunAsync(new SchedulerRunRequest(), CancellationToken.None);

        Assert.Equal(ServiceAction.None, Assert.Single(summary.Services).Action);
        Assert.Empty(h.Fleet.Calls);
    }

    [Fact]
    public async Task RunAsync_TimeBudgetUsedUp_ContinuesAfterTheLastProcessedServiceAndNextRunResumes()
    {
        var h = new SchedulerHarness { Options = new() { TimeBudget = TimeSpan.FromSeconds(60), MaxConcurrency = 1 } };
        for (var i = 0; i < 10; i++)
        {
            h.Fleet.Add($"svc{i}", 2);
        }

        h.Fleet.BeforeMutation = (_, _) => h.Time.Advance(TimeSpan.FromSeconds(10));

        var first = await h.RunAsync();

        Assert.Equal(3, first.Services.Count);
        Assert.Equal(FakeFleet.Arn("svc2"), first.ContinuationToken);
        var continuation = Assert.Single(h.Fleet.Continuations);
        Assert.Equal(FakeFleet.Arn("svc2"), continuation.ContinuationToken);
        Assert.Equal(2, h.Fleet.Get("svc3").DesiredCount);

        h.Options = h.Options with { TimeBudget = TimeSpan.FromSeconds(600) };
        var second = await h.RunAsync(token: continuation.ContinuationToken);

        Assert.Equal(["svc3", "svc4", "svc5", "svc6", "svc7", "svc8", "svc9"], second.Services.Select(s => s.ServiceName));
        Assert.Null(second.ContinuationToken);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(0, h.Fleet.Get($"svc{i}").DesiredCount));
    }

    [Fact]
    public async Task RunAsync_DryRunContinuation_KeepsTheDryRunFlag()
    {
        var h = new SchedulerHarness { Options = new() { TimeBudget = TimeSpan.FromSeconds(1), MaxConcurrency = 1 } };
        h.Fleet.Add("a", 1);
        h.Fleet.Add("b", 1);
        h.Decider.Setup(d => d.Decide(It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<DateTimeOffset>()))
            .Callback(() => h.Time.Advance(TimeSpan.FromSeconds(5)))
            .Returns(new Core.Schedules.ScheduleVerdict(Core.Schedules.DesiredRunState.Stopped, "office", "closed",
                Core.Schedules.OverrideState.None, null, null));

        var summary = await h.RunAsync(dryRun: true);

        Assert.Equal(ServiceAction.Stop, Assert.Single(summary.Services).Action);
        Assert.True(Assert.Single(h.Fleet.Continuations).DryRun);
        Assert.Equal(0, h.Mutations);
    }

    [Fact]
    public async Task RunAsync_Summary_SerializesWithSourceGeneratedContext()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);
        h.Fleet.Add("agent", 1, strategy: SchedulingStrategy.Daemon);

        var summary = await h.RunAsync();
        var json = JsonSerializer.Serialize(summary, SchedulerJsonContext.Default.SchedulerRunSummary);

        Assert.Contains("\"action\":\"Stop\"", json, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"Skip\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stopped\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"succeeded\":true", json, StringComparison.Ordinal);
        var request = JsonSerializer.Deserialize("{\"continuationToken\":\"x\",\"dryRun\":true}", SchedulerJsonContext.Default.SchedulerRunRequest);
        Assert.Equal(new SchedulerRunRequest("x", true), request);
    }

    [Fact]
    public async Task RunAsync_RunThatChangedSomething_RecordsRunCounts()
    {
        var h = new SchedulerHarness();
        h.Fleet.Add("api", 3);

        await h.RunAsync();

        var run = Assert.Single(h.Store.Runs);
        Assert.Equal(1, run.Stopped);
        Assert.Equal(Evening, run.StartedAt);
    }
}
