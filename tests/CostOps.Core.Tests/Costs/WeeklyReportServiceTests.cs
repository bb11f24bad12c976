using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using CostOps.Core.State;
using CostOps.TestSupport;
using Moq;
using static CostOps.Core.Tests.Costs.CostReportFakes;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Core.Tests.Costs;

public class WeeklyReportServiceTests
{
    private readonly FakeTimeProvider _time = TestClock.At("2026-11-23T06:00:00Z"); // Monday 07:00 in Berlin
    private readonly Mock<IOnceLedger> _ledger = new();
    private readonly Mock<INotifier> _notifier = new();
    private readonly Mock<IReportArchive> _archive = new();
    private readonly Mock<ICostDataReader> _costs = CostReader(Daily(Week47, "Amazon ECS", 2m, 1m), []);
    private readonly Mock<IReportRenderer> _renderer = new();
    private readonly HashSet<string> _recorded = [];

    public WeeklyReportServiceTests()
    {
        _ledger.Setup(l => l.TryRecordAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string key, string _, DateTimeOffset _, CancellationToken _) => _recorded.Add(key));
        _ledger.Setup(l => l.ForgetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string key, CancellationToken _) => _recorded.Remove(key)).Returns(Task.CompletedTask);
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>())).ReturnsAsync("msg-1");
        _archive.Setup(a => a.StoreAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Uri("https://example.com/r.html"));
        _renderer.Setup(r => r.RenderSubject(It.IsAny<WeeklyReport>())).Returns((WeeklyReport r) => $"CostOps weekly: {r.Totals?.ThisWeek} for {r.Window.Week}");
        _renderer.Setup(r => r.RenderText(It.IsAny<WeeklyReport>(), It.IsAny<Uri?>())).Returns((WeeklyReport _, Uri? link) => $"text {link}");
        _renderer.Setup(r => r.RenderPreviewText(It.IsAny<WeeklyReport>())).Returns("preview text");
        _renderer.Setup(r => r.RenderHtml(It.IsAny<WeeklyReport>())).Returns("<html/>");
    }

    private WeeklyReportService Service() => new(
        new WeeklyReportOptions { TimeZone = "Europe/Berlin" }, _time, _ledger.Object, _costs.Object, BudgetSource().Object, ActivityLog().Object,
        Fleet().Object, _renderer.Object, _archive.Object, _notifier.Object, Mock.Of<IStructuredLog>(), Mock.Of<IMetricSink>());

    [Fact]
    public async Task RunAsync_Scheduled_SendsLastFullWeekWithLinkAndThreeRequests()
    {
        var result = await Service().RunAsync(null, CancellationToken.None);

        Assert.True(result.Sent);
        Assert.Equal("2026-W47", result.Week.ToString());
        Assert.Equal(3, result.CostExplorerRequests);
        Assert.Equal(0.03m, result.CostExplorerCost);
        _ledger.Verify(l => l.TryRecordAsync("report#2026-W47", It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()));
        _archive.Verify(a => a.StoreAsync("2026-W47.html", "<html/>", TimeSpan.FromDays(7), It.IsAny<CancellationToken>()));
        _notifier.Verify(n => n.PublishAsync(It.Is<Notification>(m => m.Subject == "CostOps weekly: 14 for 2026-W47" && m.Message == "text https://example.com/r.html"), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task RunAsync_InvokedTwiceForSameWeek_PublishesOnce()
    {
        var service = Service();

        await service.RunAsync(null, CancellationToken.None);
        var second = await service.RunAsync(IsoWeek.Parse("2026-W47"), CancellationToken.None);

        Assert.False(second.Sent);
        Assert.Equal(0, second.CostExplorerRequests);
        _notifier.Verify(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()), Times.Once);
        _costs.Verify(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunAsync_PublishFails_LedgerForgottenAndRetrySends()
    {
        _notifier.SetupSequence(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("SNS throttled"))
            .ReturnsAsync("msg-2");
        var service = Service();

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.RunAsync(null, CancellationToken.None));
        _ledger.Verify(l => l.ForgetAsync("report#2026-W47", It.IsAny<CancellationToken>()), Times.Once);
        var retry = await service.RunAsync(null, CancellationToken.None);

        Assert.True(retry.Sent);
        Assert.Equal("msg-2", retry.MessageId);
    }

    [Fact]
    public async Task RunAsync_PublishDeliveryUnknown_NextRunReSendsOnceMarkedThenNeverAgain()
    {
        var sent = new List<Notification>();
        var calls = 0;
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns((Notification n, CancellationToken _) =>
            {
                sent.Add(n);
                return ++calls == 1 ? Task.FromException<string>(new DeliveryUnknownException("SNS Publish timed out")) : Task.FromResult("msg-2");
            });
        var service = Service();

        await Assert.ThrowsAsync<DeliveryUnknownException>(() => service.RunAsync(null, CancellationToken.None));
        var second = await service.RunAsync(null, CancellationToken.None);
        var third = await service.RunAsync(null, CancellationToken.None);

        Assert.True(second.Sent);
        Assert.False(third.Sent);
        Assert.Equal(2, sent.Count);
        Assert.Equal("text https://example.com/r.html", sent[0].Message);
        Assert.Equal(DeliveryAttempt.ResendNote + "\n\ntext https://example.com/r.html", sent[1].Message);
    }

    [Fact]
    public async Task RunAsync_ReSendAlsoDeliveryUnknown_KeepsTheWeekRecorded()
    {
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>())).ThrowsAsync(new DeliveryUnknownException("HTTP 503"));
        var service = Service();

        await Assert.ThrowsAsync<DeliveryUnknownException>(() => service.RunAsync(null, CancellationToken.None));
        await Assert.ThrowsAsync<DeliveryUnknownException>(() => service.RunAsync(null, CancellationToken.None));
        var third = await service.RunAsync(null, CancellationToken.None);

        Assert.False(third.Sent);
        _notifier.Verify(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task RunAsync_StoreFails_EmailStillSentWithoutLink()
    {
        _archive.Setup(a => a.StoreAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("S3 AccessDenied"));

        var result = await Service().RunAsync(null, CancellationToken.None);

        Assert.True(result.Sent);
        Assert.Null(result.HtmlLink);
        _renderer.Verify(r => r.RenderText(It.IsAny<WeeklyReport>(), null));
    }

    [Fact]
    public async Task RunAsync_ForecastFails_StillSendsWithForecastProblem()
    {
        _costs.Setup(c => c.ForecastAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Response status code does not indicate success: 500 (Internal Server Error)."));

        var result = await Service().RunAsync(null, CancellationToken.None);

        Assert.True(result.Sent);
        _renderer.Verify(r => r.RenderText(It.Is<WeeklyReport>(w => w.Totals != null && w.ForecastProblem!.Contains("500", StringComparison.Ordinal)), It.IsAny<Uri?>()));
    }

    [Fact]
    public async Task RunAsync_CostExplorerNotEnabled_StillSendsAndSaysWhy()
    {
        _costs.Setup(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("DataUnavailableException: Cost Explorer not enabled"));

        var result = await Service().RunAsync(null, CancellationToken.None);

        Assert.True(result.Sent);
        Assert.Contains("not enabled", result.Why, StringComparison.Ordinal);
        _renderer.Verify(r => r.RenderText(It.Is<WeeklyReport>(w => w.Totals == null && w.CostExplorerProblem != null), It.IsAny<Uri?>()));
    }

    [Fact]
    public async Task RunAsync_WeekNotOver_RejectedWithoutRecording()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Service().RunAsync(IsoWeek.Parse("2026-W48"), CancellationToken.None));

        Assert.Contains("2026-W47", ex.Message, StringComparison.Ordinal);
        _ledger.Verify(l => l.TryRecordAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public void Constructor_BadTimeZone_NamesTheField()
    {
        var ex = Assert.Throws<ArgumentException>(() => new WeeklyReportService(
            new WeeklyReportOptions { TimeZone = "Berlin" }, _time, _ledger.Object, _costs.Object, BudgetSource().Object, ActivityLog().Object,
            Fleet().Object, _renderer.Object, _archive.Object, _notifier.Object, Mock.Of<IStructuredLog>(), Mock.Of<IMetricSink>()));

        Assert.Contains("WeeklyReportOptions.TimeZone", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewAsync_LastFullWeek_RendersWithoutRecordingStoringOrPublishing()
    {
        var preview = await Service().PreviewAsync(null, CancellationToken.None);

        Assert.Equal("2026-W47", preview.Week.ToString());
        Assert.Equal("CostOps weekly: 14 for 2026-W47", preview.Subject);
        Assert.Equal("preview text", preview.Text);
        Assert.Equal(3, preview.CostExplorerRequests);
        Assert.Null(preview.CostExplorerProblem);
        _ledger.VerifyNoOtherCalls();
        _archive.VerifyNoOtherCalls();
        _notifier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PreviewAsync_ThenRun_TheWeeklyRunStillSends()
    {
        var service = Service();

        await service.PreviewAsync(null, CancellationToken.None);
        var result = await service.RunAsync(null, CancellationToken.None);

        Assert.True(result.Sent);
        _notifier.Verify(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task PreviewAsync_CostExplorerNotEnabled_SaysWhy()
    {
        _costs.Setup(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("DataUnavailableException: Cost Explorer not enabled"));

        var preview = await Service().PreviewAsync(null, CancellationToken.None);

        Assert.Contains("not enabled", preview.CostExplorerProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewAsync_WeekNotOver_Rejected()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Service().PreviewAsync(IsoWeek.Parse("2026-W48"), CancellationToken.None));

        Assert.Contains("has not ended yet", ex.Message, StringComparison.Ordinal);
    }
}
