using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;
using Moq;

namespace CostOps.Core.Tests.Scheduler;

public sealed class SchedulerReconcilerWakeUpTests
{
    // Harness evening: Monday 2026-03-02 21:00 UTC. "office" next opens Tuesday 08:00, "late" closes at 22:00.
    private static readonly DateTimeOffset OfficeOpens = new(2026, 3, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LateCloses = new(2026, 3, 2, 22, 0, 0, TimeSpan.Zero);

    private readonly SchedulerHarness _h = new();
    private readonly Mock<IBoundaryWakeUp> _wakeUp = new();
    private readonly ScheduleDecider _decider = new(ScheduleConfiguration.FromJson("""
        {"schedules":{"office":{"timezone":"UTC","periods":["mon-fri 08:00-20:00"]},"late":{"timezone":"UTC","periods":["daily 06:00-22:00"]}}}
        """));

    [Fact]
    public async Task RunAsync_WakeUpOn_SetsItToTheEarliestBoundaryOfTheManagedServices()
    {
        _h.Fleet.Add("a", 1);
        _h.Fleet.Add("b", 1, tags: new() { ["costops:schedule"] = "late" });

        var summary = await RunAsync();

        Assert.Equal(LateCloses, summary.NextBoundary);
        _wakeUp.Verify(w => w.EnsureAsync(LateCloses, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunAsync_WakeUpOff_ComputesNoBoundary()
    {
        _h.Fleet.Add("a", 1);

        // The harness decider is a strict mock with no next-change scan set up: asking for one would throw.
        var summary = await _h.RunAsync();

        Assert.True(summary.Succeeded);
        Assert.Null(summary.NextBoundary);
        _h.Decider.Verify(d => d.StartNextChangeScan(It.IsAny<DateTimeOffset>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_DryRun_ReportsTheBoundaryWithoutSettingIt()
    {
        _h.Fleet.Add("a", 1);

        var summary = await RunAsync(new SchedulerRunRequest(DryRun: true));

        Assert.Equal(OfficeOpens, summary.NextBoundary);
        _wakeUp.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_NoManagedServiceHasABoundary_SetsNothing()
    {
        _h.Fleet.Add("a", 1, tags: new() { ["costops:schedule"] = "none" });
        _h.Fleet.Add("b", 1, tags: new() { ["costops:schedule"] = "late" }, strategy: SchedulingStrategy.Daemon);

        var summary = await RunAsync();

        Assert.Null(summary.NextBoundary);
        _wakeUp.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_KeepRunningEndsFirst_WakesUpWhenItEnds()
    {
        _h.Fleet.Add("a", 1, tags: new() { ["costops:schedule"] = "office", ["keep-running"] = "2026-03-02T21:30Z" });
        _h.Fleet.Add("b", 1, tags: new() { ["costops:schedule"] = "late" });

        var summary = await RunAsync();

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 21, 30, 0, TimeSpan.Zero), summary.NextBoundary);
    }

    [Fact]
    public async Task RunAsync_SettingTheWakeUpFails_RunSucceedsWithOneWarningAndAMetric()
    {
        _h.Fleet.Add("a", 1);
        _wakeUp.Setup(w => w.EnsureAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("AccessDeniedException: scheduler:UpdateSchedule"));

        var summary = await RunAsync();

        Assert.True(summary.Succeeded);
        Assert.Equal(0, _h.Fleet.Get("a").DesiredCount);
        Assert.Equal(OfficeOpens, summary.NextBoundary);
        _h.Log.Verify(l => l.Write(LogLevel.Warning, "scheduler.wakeup_not_set",
            It.Is<string>(m => m.Contains("2026-03-03T08:00:00Z", StringComparison.Ordinal)),
            It.Is<IReadOnlyList<LogField>>(f => f.Any(x => x.Value!.Contains("scheduler:UpdateSchedule", StringComparison.Ordinal)))), Times.Once);
        _h.Metrics.Verify(m => m.Add("BoundaryWakeUpFailed", 1, MetricUnit.Count), Times.Once);
    }

    [Fact]
    public async Task RunAsync_BoundaryPassesDuringTheRun_WakesUpShortlyAfterTheRunInsteadOfWaitingForTheTick()
    {
        _h.Time.SetUtcNow(LateCloses.AddSeconds(-2));
        _h.Fleet.Add("a", 1, tags: new() { ["costops:schedule"] = "late" });
        _h.Fleet.Add("b", 1, tags: new() { ["costops:schedule"] = "office" });
        _h.Fleet.BeforeMutation = (_, _) => _h.Time.Advance(TimeSpan.FromSeconds(10));

        var summary = await RunAsync();

        // "a" was decided before 22:00 (still running) and the run ended some seconds after 22:00: the wake-up
        // handles "a" in the next whole minute at least 5 s after the run, instead of at the next tick.
        Assert.InRange(_h.Time.GetUtcNow(), LateCloses, LateCloses.AddSeconds(54));
        Assert.Equal(LateCloses.AddMinutes(1), summary.NextBoundary);
    }

    [Fact]
    public async Task RunAsync_ContinuationChain_EveryPartSetsTheEarliestBoundaryOfAllListedServices()
    {
        _h.Options = new() { TimeBudget = TimeSpan.FromSeconds(1), MaxConcurrency = 1 };
        _h.Fleet.Add("a", 1);
        _h.Fleet.Add("b", 1);
        _h.Fleet.Add("z", 1, tags: new() { ["costops:schedule"] = "late" });
        _h.Fleet.BeforeMutation = (_, _) => _h.Time.Advance(TimeSpan.FromSeconds(5));

        var first = await RunAsync();
        var second = await RunAsync(new SchedulerRunRequest(first.ContinuationToken));

        Assert.Equal(["a"], first.Services.Select(s => s.ServiceName));
        Assert.Equal(LateCloses, first.NextBoundary);
        Assert.DoesNotContain(second.Services, s => s.ServiceName == "a");
        Assert.Equal(LateCloses, second.NextBoundary);
        _wakeUp.Verify(w => w.EnsureAsync(LateCloses, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task RunAsync_ContinuationOfAnInventoryThatSkipsWhatWasDone_KeepsTheFirstPartsWakeUp()
    {
        _h.Options = new() { TimeBudget = TimeSpan.FromSeconds(1), MaxConcurrency = 1 };
        _h.Fleet.SkipsDone = true;
        _h.Fleet.Add("a", 1);
        _h.Fleet.Add("b", 1);
        _h.Fleet.Add("z", 1, tags: new() { ["costops:schedule"] = "late" });
        _h.Fleet.BeforeMutation = (_, _) => _h.Time.Advance(TimeSpan.FromSeconds(5));

        var first = await RunAsync();
        var second = await RunAsync(new SchedulerRunRequest(first.ContinuationToken));
        var third = await RunAsync(new SchedulerRunRequest(second.ContinuationToken));

        Assert.Equal(["a"], first.Services.Select(s => s.ServiceName));
        Assert.Equal(["b"], second.Services.Select(s => s.ServiceName));
        Assert.Equal(["z"], third.Services.Select(s => s.ServiceName));
        Assert.Null(third.ContinuationToken);
        Assert.Equal(LateCloses, first.NextBoundary);
        Assert.Null(second.NextBoundary);
        _wakeUp.Verify(w => w.EnsureAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(3 + 2 + 1, _h.Fleet.Described);
    }

    private Task<SchedulerRunSummary> RunAsync(SchedulerRunRequest? request = null) =>
        new SchedulerReconciler(_decider,
            new SchedulerPorts(_h.Fleet, _h.Fleet, _h.Fleet, _h.Fleet, _h.Fleet, _h.Gated, _h.Gated, _wakeUp.Object),
            _h.Options, _h.Metrics.Object, _h.Log.Object, _h.Time).RunAsync(request ?? new SchedulerRunRequest(), CancellationToken.None);
}
