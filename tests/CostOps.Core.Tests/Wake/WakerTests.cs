using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.State;
using CostOps.Core.Wake;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CostOps.Core.Tests.Wake;

public sealed class WakerTests
{
    private static readonly ServiceRef Web = new("dev", "web", "arn:aws:ecs:eu-west-1:1:service/dev/web");
    private static readonly WakeCaller Browser = new(WakeCaller.LoadBalancer, null, "203.0.113.9");

    private readonly FakeTimeProvider _time = TestClock.At("2026-03-02T21:00:20Z");
    private readonly Mock<IServiceTagger> _tagger = new();
    private readonly Mock<IRunContinuation> _scheduler = new();
    private readonly Mock<IMetricSink> _metrics = new();
    private readonly Mock<IStructuredLog> _log = new();
    private readonly InMemoryActivityLog _activity = new();
    private readonly Dictionary<string, string> _tags = new() { ["costops:schedule"] = "office" };
    private readonly InMemoryOnceLedger _ledger;

    public WakerTests()
    {
        _ledger = new InMemoryOnceLedger(_time);
        _tagger.Setup(t => t.TagAsync(Web, "keep-running", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((ServiceRef _, string k, string v, CancellationToken _) => _tags[k] = v).Returns(Task.CompletedTask);
    }

    private Waker Waker(WakeOptions? options = null) =>
        new(_tagger.Object, _ledger, _activity, _scheduler.Object, options ?? new WakeOptions { Region = "eu-west-1" }, _metrics.Object, _log.Object, _time);

    private Task<WakeResult> WakeAsync(TimeSpan? requested = null, Waker? waker = null) =>
        (waker ?? Waker()).WakeAsync(new WakeTarget(Web, new Dictionary<string, string>(_tags)), requested, Browser, CancellationToken.None);

    [Fact]
    public async Task WakeAsync_StoppedService_WritesTwoHourOverrideRecordsAndStartsTheScheduler()
    {
        var result = await WakeAsync();

        Assert.True(result.Wrote);
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T23:01Z", System.Globalization.CultureInfo.InvariantCulture), result.Until);
        Assert.Equal("2026-03-02T23:01Z", _tags["keep-running"]);
        var record = Assert.Single(_activity.Items);
        Assert.Equal(ActivityKind.Woken, record.Kind);
        Assert.Contains("203.0.113.9", record.Detail, StringComparison.Ordinal);
        _metrics.Verify(m => m.Add("Wakes", 1, MetricUnit.Count), Times.Once);
        _scheduler.Verify(s => s.ContinueAsync(new SchedulerRunRequest(null, false), It.IsAny<CancellationToken>()), Times.Once);
        _log.Verify(l => l.Write(LogLevel.Info, "wake.woken", It.IsAny<string>(),
            It.Is<IReadOnlyList<LogField>>(f => f.Contains(new LogField("sourceIp", "203.0.113.9")))), Times.Once);
    }

    [Fact]
    public async Task WakeAsync_RepeatedRequestsWhileWaking_WriteOnce()
    {
        await WakeAsync();
        for (var i = 0; i < 10; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(20));
            var again = await WakeAsync();
            Assert.False(again.Wrote);
            Assert.Equal(DateTimeOffset.Parse("2026-03-02T23:01Z", System.Globalization.CultureInfo.InvariantCulture), again.Until);
        }

        _tagger.Verify(t => t.TagAsync(Web, "keep-running", It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Single(_activity.Items);
    }

    [Fact]
    public async Task WakeAsync_ConcurrentRequestsBeforeTheTagIsSeen_TheLedgerLetsOneWrite()
    {
        var stale = new WakeTarget(Web, new Dictionary<string, string>(_tags));

        var first = await Waker().WakeAsync(stale, null, Browser, CancellationToken.None);
        var second = await Waker().WakeAsync(stale, null, Browser, CancellationToken.None);

        Assert.True(first.Wrote);
        Assert.False(second.Wrote);
        _tagger.Verify(t => t.TagAsync(Web, "keep-running", It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task WakeAsync_OverTheCap_GetsTheCap()
    {
        var result = await WakeAsync(TimeSpan.FromHours(48), Waker(new WakeOptions { MaxDuration = TimeSpan.FromHours(4) }));

        Assert.True(result.Capped);
        Assert.Equal("2026-03-03T01:01Z", _tags["keep-running"]);
    }

    [Fact]
    public async Task WakeAsync_LongerOverrideAlreadySet_NotShortened()
    {
        _tags["keep-running"] = "2026-03-03T06:00Z";

        var result = await WakeAsync(TimeSpan.FromHours(1));

        Assert.False(result.Wrote);
        Assert.Equal("2026-03-03T06:00Z", _tags["keep-running"]);
    }

    [Fact]
    public async Task WakeAsync_ExpiredOverride_IsReplaced()
    {
        _tags["keep-running"] = "2026-03-02T18:00Z";

        var result = await WakeAsync();

        Assert.True(result.Wrote);
        Assert.Equal("2026-03-02T23:01Z", _tags["keep-running"]);
    }

    [Fact]
    public async Task WakeAsync_MalformedOverride_LeftAloneServiceRunsAnyway()
    {
        _tags["keep-running"] = "true";

        var result = await WakeAsync();

        Assert.False(result.Wrote);
        Assert.Null(result.Until);
        Assert.Equal("true", _tags["keep-running"]);
    }

    [Fact]
    public async Task WakeAsync_TagWriteFails_CooldownClearedSoTheNextRequestTriesAgain()
    {
        _tagger.SetupSequence(t => t.TagAsync(Web, "keep-running", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("AccessDeniedException"))
            .Returns(Task.CompletedTask);

        await Assert.ThrowsAsync<InvalidOperationException>(() => WakeAsync());
        var retry = await WakeAsync();

        Assert.True(retry.Wrote);
    }

    [Fact]
    public async Task WakeAsync_SchedulerAndActivityFail_WakeStillSucceedsWithOneWarningEach()
    {
        _scheduler.Setup(s => s.ContinueAsync(It.IsAny<SchedulerRunRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("throttled"));
        var activity = new Mock<IActivityLog>();
        activity.Setup(a => a.AppendAsync(It.IsAny<IReadOnlyList<ServiceActivity>>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("down"));
        var waker = new Waker(_tagger.Object, _ledger, activity.Object, _scheduler.Object, new WakeOptions(), _metrics.Object, _log.Object, _time);

        var result = await WakeAsync(waker: waker);

        Assert.True(result.Wrote);
        _log.Verify(l => l.Write(LogLevel.Warning, "wake.scheduler_not_started", It.IsAny<string>(), It.IsAny<IReadOnlyList<LogField>>()), Times.Once);
        _log.Verify(l => l.Write(LogLevel.Warning, "wake.activity_not_recorded", It.IsAny<string>(), It.IsAny<IReadOnlyList<LogField>>()), Times.Once);
    }

    [Theory]
    [InlineData(0, 12, 5)]
    [InlineData(2, 25, 5)]
    [InlineData(2, 12, 0)]
    [InlineData(13, 12, 5)]
    public void Validate_OutOfRange_Throws(int defaultHours, int maxHours, int cooldownMinutes)
    {
        var options = new WakeOptions { DefaultDuration = TimeSpan.FromHours(defaultHours), MaxDuration = TimeSpan.FromHours(maxHours), Cooldown = TimeSpan.FromMinutes(cooldownMinutes) };

        Assert.ThrowsAny<ArgumentException>(options.Validate);
    }
}
