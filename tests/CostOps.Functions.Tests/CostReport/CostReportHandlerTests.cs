using System.Text.Json;
using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using CostOps.Core.State;
using CostOps.CostReport;
using CostOps.Hosting;
using CostOps.Hosting.Events;
using CostOps.Reports;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CostOps.Functions.Tests.CostReport;

public sealed class CostReportHandlerTests
{
    private readonly FakeTimeProvider _time = TestClock.At("2026-11-23T06:00:00Z");
    private readonly Mock<IOnceLedger> _ledger = new(MockBehavior.Strict);
    private readonly Mock<IReportArchive> _archive = new(MockBehavior.Strict);
    private readonly Mock<INotifier> _notifier = new(MockBehavior.Strict);

    [Fact]
    public async Task HandleAsync_ReportPreview_ReturnsSubjectAndTextAndSendsNothing()
    {
        var result = await Handler().HandleAsync(new ManualCommand(ManualCommandKind.Report, false, null, null) { Preview = true }, Context());

        Assert.False(result.IsFailure);
        var body = JsonDocument.Parse(result.Utf8Json).RootElement;
        Assert.True(body.GetProperty("preview").GetBoolean());
        Assert.False(body.GetProperty("sent").GetBoolean());
        Assert.Equal("2026-W47", body.GetProperty("week").GetString());
        Assert.Contains("2026-W47", body.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("text").GetString()));
        Assert.Equal(3, body.GetProperty("costExplorerRequests").GetInt32());
        Assert.Contains("Preview: nothing is sent or stored", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("could not be stored", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        _ledger.VerifyNoOtherCalls();
        _archive.VerifyNoOtherCalls();
        _notifier.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_ReportWithoutPreview_RecordsTheWeekAndPublishes()
    {
        var recorded = new HashSet<string>();
        _ledger.Setup(l => l.TryRecordAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string key, string _, DateTimeOffset _, CancellationToken _) => recorded.Add(key));
        _ledger.Setup(l => l.ForgetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        _archive.Setup(a => a.StoreAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Uri("https://example.com/2026-W47.html"));
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>())).ReturnsAsync("msg-1");

        var result = await Handler().HandleAsync(new ManualCommand(ManualCommandKind.Report, false, null, null), Context());

        var body = JsonDocument.Parse(result.Utf8Json).RootElement;
        Assert.True(body.GetProperty("sent").GetBoolean());
        Assert.Equal("msg-1", body.GetProperty("messageId").GetString());
        Assert.Contains("report#2026-W47", recorded);
    }

    private CostReportHandler Handler()
    {
        var costs = new Mock<ICostDataReader>();
        costs.Setup(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>())).ReturnsAsync(new CostAnswer<IReadOnlyList<DailyCost>>([], 1));
        costs.Setup(c => c.DailyByTagAsync(It.IsAny<CostQuery>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(new CostAnswer<IReadOnlyList<DailyCost>>([], 1));
        costs.Setup(c => c.ForecastAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DateOnly from, DateOnly to, string _, CancellationToken _) => new CostAnswer<CostForecast>(new CostForecast(from, to, 1m, "USD"), 1));
        var budgets = new Mock<IBudgetSource>();
        budgets.Setup(b => b.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var activity = new Mock<IActivityLog>();
        activity.Setup(a => a.ReadAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(AsyncEnumerable.Empty<ServiceActivity>());
        var fleet = new Mock<IFleetStatus>();
        fleet.Setup(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var service = new WeeklyReportService(
            new WeeklyReportOptions(), _time, _ledger.Object, costs.Object, budgets.Object, activity.Object, fleet.Object,
            new WeeklyReportRenderer(), _archive.Object, _notifier.Object, Mock.Of<IStructuredLog>(), Mock.Of<IMetricSink>());
        return new CostReportHandler(service);
    }

    private InvocationContext Context() =>
        new(_time, Mock.Of<IStructuredLog>(), Mock.Of<IMetricSink>(), _time.GetUtcNow().AddMinutes(10), "trace-1", CancellationToken.None);
}
