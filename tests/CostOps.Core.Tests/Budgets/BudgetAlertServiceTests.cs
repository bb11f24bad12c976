using System.Collections.Concurrent;
using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using CostOps.TestSupport;
using Moq;

namespace CostOps.Core.Tests.Budgets;

public class BudgetAlertServiceTests
{
    private readonly List<BudgetSnapshot> _budgets = [];
    private readonly FakeOnceLedger _ledger = new();
    private readonly ConcurrentQueue<Notification> _sent = new();
    private readonly Mock<INotifier> _notifier = new();
    private readonly Mock<IServiceSpendSource> _spend = new();
    private readonly Mock<IFleetStatus> _fleet = new();
    private readonly Mock<IStructuredLog> _log = new();
    private readonly Mock<IMetricSink> _metrics = new();
    private readonly ManualTimeProvider _time = ManualTimeProvider.At("2026-03-10T14:00:00Z");
    private BudgetAlertOptions _options = new();

    public BudgetAlertServiceTests()
    {
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns((Notification n, CancellationToken _) =>
            {
                _sent.Enqueue(n);
                return Task.FromResult($"msg-{_sent.Count}");
            });
        _spend.Setup(s => s.MonthToDateByServiceAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ServiceSpend("Amazon Elastic Container Service", 30.10m, "USD"), new ServiceSpend("AWS Lambda", 0.40m, "USD")]);
        _fleet.Setup(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync([new OffScheduleService("dev", "api", ActivityKind.OverrideInForce, "keep-running until Friday")]);
    }

    [Fact]
    public async Task RunAsync_BelowAllThresholds_SendsNothingRecordsNothing()
    {
        _budgets.Add(TestBudgets.Monthly(24.99m, 50m));

        var result = await Run();

        Assert.Equal(BudgetOutcome.BelowThresholds, Assert.Single(result.Budgets).Outcome);
        Assert.Empty(_sent);
        Assert.Empty(_ledger.Keys);
        _spend.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_ExactlyAtThreshold_SendsOneAlertAndRecordsKey()
    {
        _budgets.Add(TestBudgets.Monthly(25m, 50m));

        var result = await Run();

        var budget = Assert.Single(result.Budgets);
        Assert.Equal(BudgetOutcome.AlertSent, budget.Outcome);
        Assert.Equal("$25 on actual spend", budget.AlertedThreshold);
        Assert.Equal("msg-1", budget.MessageId);
        Assert.StartsWith("CostOps budget alert: monthly-total passed $25", Assert.Single(_sent).Subject, StringComparison.Ordinal);
        Assert.Equal(["budget#monthly-total#2026-03-01#actual#25usd"], _ledger.Keys);
        Assert.Equal(new DateTimeOffset(2026, 4, 8, 0, 0, 0, TimeSpan.Zero), _ledger.ExpiryOf("budget#monthly-total#2026-03-01#actual#25usd"));
    }

    [Fact]
    public async Task RunAsync_SameFiguresTwice_SecondRunSendsNothing()
    {
        _budgets.Add(TestBudgets.Monthly(30m, 50m));

        await Run();
        var second = await Run();

        Assert.Single(_sent);
        Assert.Equal(BudgetOutcome.AlreadySent, Assert.Single(second.Budgets).Outcome);
        Assert.Equal(0, second.AlertsSent);
    }

    [Fact]
    public async Task RunAsync_ForecastOnlyCrossing_AlertsOnForecast()
    {
        _budgets.Add(TestBudgets.Monthly(12m, 61m));

        await Run();

        Assert.Equal("CostOps budget alert: monthly-total forecast passed 100% (forecast $61.00 of $60.00)", Assert.Single(_sent).Subject);
        Assert.Equal(["budget#monthly-total#2026-03-01#forecast#100pct"], _ledger.Keys);
    }

    [Fact]
    public async Task RunAsync_ActualAndForecastAtOnce_OneAlertForHighestListingTheOther()
    {
        _budgets.Add(TestBudgets.Monthly(26m, 70m));

        await Run();

        var alert = Assert.Single(_sent);
        Assert.Contains("forecast passed 100%", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("Also passed: $25 on actual spend", alert.Message, StringComparison.Ordinal);
        Assert.Equal(2, _ledger.Keys.Count);
    }

    [Fact]
    public async Task RunAsync_ThresholdCrossedLater_EscalatesWithSecondAlert()
    {
        _budgets.Add(TestBudgets.Monthly(26m, 50m));
        await Run();

        _budgets[0] = TestBudgets.Monthly(41m, 55m);
        _time.Advance(TimeSpan.FromHours(6));
        var later = await Run();

        Assert.Equal(2, _sent.Count);
        Assert.Contains("passed $40 (actual $41.00 of $60.00)", _sent.Last().Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Also passed", _sent.Last().Message, StringComparison.Ordinal);
        Assert.Equal("$40 on actual spend|$25 on actual spend", string.Join("|", Assert.Single(later.Budgets).ThresholdsCrossed));
    }

    [Fact]
    public async Task RunAsync_AllThresholdsAtOnce_OneAlertForHighestAndLowerNeverFireLater()
    {
        _budgets.Add(TestBudgets.Monthly(62m, 59m));
        await Run();

        var alert = Assert.Single(_sent);
        Assert.Contains("passed $60", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("$40 on actual spend; $25 on actual spend", alert.Message, StringComparison.Ordinal);
        Assert.Equal(3, _ledger.Keys.Count);

        // Spend dips under $60 after a credit, then crosses back: 25 and 40 are still recorded, nothing new to say.
        _budgets[0] = TestBudgets.Monthly(45m, 59m);
        await Run();
        _budgets[0] = TestBudgets.Monthly(63m, 59m);
        await Run();

        Assert.Single(_sent);
    }

    [Fact]
    public async Task RunAsync_LowerThresholdAddedAfterHigherAlerted_IsRecordedWithoutAlert()
    {
        _budgets.Add(TestBudgets.Monthly(62m, 59m));
        _options = new BudgetAlertOptions { Thresholds = TestBudgets.Thresholds("60") };
        await Run();

        _options = new BudgetAlertOptions { Thresholds = TestBudgets.Thresholds("50,60") };
        var result = await Run();

        Assert.Single(_sent);
        Assert.Equal(BudgetOutcome.AlreadySent, Assert.Single(result.Budgets).Outcome);
        Assert.Contains("budget#monthly-total#2026-03-01#actual#50usd", _ledger.Keys);
    }

    [Fact]
    public async Task RunAsync_NewBudgetPeriod_AlertsAfresh()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m, month: 3));
        await Run();

        _budgets[0] = TestBudgets.Monthly(45m, 50m, month: 4);
        _time.Set(new DateTimeOffset(2026, 4, 28, 9, 0, 0, TimeSpan.Zero));
        await Run();

        Assert.Equal(2, _sent.Count);
        Assert.Contains("budget#monthly-total#2026-04-01#actual#40usd", _ledger.Keys);
        Assert.Contains("Days left:   3 (period 2026-04-01 to 2026-04-30 UTC", _sent.Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TwoOverlappingRuns_SendExactlyOneAlert()
    {
        for (var attempt = 0; attempt < 25; attempt++)
        {
            var ledger = new FakeOnceLedger();
            var sent = new ConcurrentQueue<Notification>();
            var notifier = new Mock<INotifier>();
            notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
                .Returns(async (Notification n, CancellationToken _) =>
                {
                    await Task.Yield();
                    sent.Enqueue(n);
                    return "id";
                });
            _budgets.Clear();
            _budgets.Add(TestBudgets.Monthly(62m, 80m));

            var results = await Task.WhenAll(
                Task.Run(() => Service(ledger, notifier.Object).RunAsync(CancellationToken.None)),
                Task.Run(() => Service(ledger, notifier.Object).RunAsync(CancellationToken.None)));

            Assert.Single(sent);
            Assert.Equal(1, results.Sum(r => r.AlertsSent));
            Assert.Equal(4, ledger.Keys.Count);
        }
    }

    [Fact]
    public async Task RunAsync_PublishFails_ForgetsKeysAndNextRunSends()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        _notifier.SetupSequence(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("SNS throttled"))
            .ReturnsAsync("msg-retry");

        var failed = await Run();

        var budget = Assert.Single(failed.Budgets);
        Assert.Equal(BudgetOutcome.Failed, budget.Outcome);
        Assert.Contains("SNS throttled", Assert.Single(budget.Errors), StringComparison.Ordinal);
        Assert.True(failed.HasErrors);
        Assert.Empty(_ledger.Keys);

        var retried = await Run();

        Assert.Equal("msg-retry", Assert.Single(retried.Budgets).MessageId);
        Assert.Equal(2, _ledger.Keys.Count);
    }

    [Fact]
    public async Task RunAsync_PublishAndForgetFail_ReportsStuckKeys()
    {
        _budgets.Add(TestBudgets.Monthly(26m, 50m));
        _ledger.FailForget = true;
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("SNS down"));

        var result = await Run();

        var error = Assert.Single(Assert.Single(result.Budgets).Errors);
        Assert.Contains("budget#monthly-total#2026-03-01#actual#25usd", error, StringComparison.Ordinal);
        Assert.Contains("deleted by hand", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LedgerFailsMidway_UndoesOwnRecordsAndReportsFailure()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        _ledger.FailRecordWhen = key => key.EndsWith("#25usd", StringComparison.Ordinal);

        var result = await Run();

        Assert.Equal(BudgetOutcome.Failed, Assert.Single(result.Budgets).Outcome);
        Assert.Contains("ledger table unavailable", result.Budgets[0].Errors[0], StringComparison.Ordinal);
        Assert.Empty(_ledger.Keys);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task RunAsync_TopServicesSourceFails_AlertStillSentWithNote()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        _spend.Setup(s => s.MonthToDateByServiceAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("DataUnavailableException"));

        var result = await Run();

        Assert.Equal(BudgetOutcome.AlertSent, Assert.Single(result.Budgets).Outcome);
        Assert.Contains("Not available: Cost Explorer could not be read (DataUnavailableException)", Assert.Single(_sent).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SeveralAlerts_OneCostExplorerCallForMonthToDate()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m, name: "a"));
        _budgets.Add(TestBudgets.Monthly(45m, 50m, name: "b"));

        await Run();

        Assert.Equal(2, _sent.Count);
        _spend.Verify(s => s.MonthToDateByServiceAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 11), It.IsAny<CancellationToken>()), Times.Once);
        _fleet.Verify(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>()), Times.Once);
        Assert.All(_sent, n => Assert.Contains("dev/api: keep-running override in force", n.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NonUsdBudget_PercentOnlyAndAlertExplains()
    {
        _budgets.Add(TestBudgets.Monthly(900m, 1000m, limit: 800m, currency: "EUR"));

        await Run();

        var alert = Assert.Single(_sent);
        Assert.Contains("forecast passed 100% (forecast 1,000.00 EUR of 800.00 EUR)", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("kept in EUR, not USD: the USD thresholds", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadBudgetData_ReportedOthersStillChecked()
    {
        _budgets.Add(TestBudgets.Monthly(99m) with { PeriodStart = default, PeriodEnd = default });
        _budgets.Add(TestBudgets.Monthly(45m, forecast: null, limit: 0m, name: "no-limit"));
        _budgets.Add(null!);

        var result = await Run();

        Assert.Equal(2, result.BudgetsChecked);
        Assert.Equal(BudgetOutcome.Skipped, result.Budgets[0].Outcome);
        Assert.Contains("no period start", result.Budgets[0].Errors[0], StringComparison.Ordinal);
        Assert.Equal(BudgetOutcome.AlertSent, result.Budgets[1].Outcome);
        Assert.Contains("Limit:       none set", Assert.Single(_sent).Message, StringComparison.Ordinal);
        Assert.Contains("no positive limit", Assert.Single(result.Budgets[1].Notes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NameFilter_ChecksOnlyNamedAndReportsUnknownNames()
    {
        _budgets.Add(TestBudgets.Monthly(45m, name: "dev"));
        _budgets.Add(TestBudgets.Monthly(45m, name: "prod"));
        _options = new BudgetAlertOptions { BudgetNames = new HashSet<string>(StringComparer.Ordinal) { "prod", "Staging" } };

        var result = await Run();

        Assert.Equal("prod", Assert.Single(result.Budgets).Name);
        Assert.Contains("do not exist: Staging", Assert.Single(result.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AlertSent_LogsOneLineAndEmitsMetrics()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        _budgets.Add(TestBudgets.Monthly(5m, name: "quiet"));

        await Run();

        _log.Verify(l => l.Write(LogLevel.Info, "budget_alert_sent", It.Is<string>(s => s.Contains("passed $40", StringComparison.Ordinal)),
            It.Is<IReadOnlyList<LogField>>(f => f.Contains(new LogField("messageId", "msg-1")))), Times.Once);
        _metrics.Verify(m => m.Add("BudgetsChecked", 2, MetricUnit.Count), Times.Once);
        _metrics.Verify(m => m.Add("AlertsSent", 1, MetricUnit.Count), Times.Once);
    }

    private Task<BudgetRunResult> Run() => Service(_ledger, _notifier.Object).RunAsync(CancellationToken.None);

    private BudgetAlertService Service(FakeOnceLedger ledger, INotifier notifier)
    {
        var source = new Mock<IBudgetSource>();
        var snapshot = _budgets.ToList();
        source.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync(snapshot);
        return new BudgetAlertService(source.Object, ledger, notifier, _spend.Object, _fleet.Object, _log.Object, _metrics.Object, _time, _options);
    }
}
