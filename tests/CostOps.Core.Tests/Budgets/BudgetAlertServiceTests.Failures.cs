using CostOps.Core.Budgets;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using Moq;

namespace CostOps.Core.Tests.Budgets;

public partial class BudgetAlertServiceTests
{
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
    public async Task RunAsync_CancelledWhilePublishing_ReleasesTheAlertButRemembersTheUnknownAttempt()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        using var cancellation = new CancellationTokenSource();
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns((Notification _, CancellationToken token) =>
            {
                cancellation.Cancel();
                return Task.FromCanceled<string>(token);
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Service(_ledger, _notifier.Object).RunAsync(cancellation.Token));

        Assert.Equal(["attempt#budget#monthly-total#2026-03-01#actual#40usd"], _ledger.Keys);
    }

    [Fact]
    public async Task RunAsync_PublishDeliveryUnknown_NextRunSendsOnceMarkedAsReSent()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        var calls = 0;
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns((Notification n, CancellationToken _) =>
            {
                _sent.Enqueue(n);
                return ++calls == 1 ? Task.FromException<string>(new DeliveryUnknownException("SNS Publish timed out")) : Task.FromResult("msg-2");
            });

        var first = await Run();
        var second = await Run();
        var third = await Run();

        Assert.Equal(BudgetOutcome.Failed, Assert.Single(first.Budgets).Outcome);
        Assert.Contains("may have been delivered", Assert.Single(Assert.Single(first.Budgets).Errors), StringComparison.Ordinal);
        Assert.Equal(BudgetOutcome.AlertSent, Assert.Single(second.Budgets).Outcome);
        Assert.Equal(BudgetOutcome.AlreadySent, Assert.Single(third.Budgets).Outcome);
        Assert.Collection(_sent,
            n => Assert.DoesNotContain("re-sent", n.Message, StringComparison.Ordinal),
            n => Assert.StartsWith(DeliveryAttempt.ResendNote, n.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ReSendAlsoDeliveryUnknown_SendsNoThirdTime()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns((Notification n, CancellationToken _) =>
            {
                _sent.Enqueue(n);
                return Task.FromException<string>(new DeliveryUnknownException("SNS Publish: InternalError, HTTP 500"));
            });

        await Run();
        var second = await Run();
        var third = await Run();

        Assert.Equal(2, _sent.Count);
        Assert.Contains("not sent again", Assert.Single(Assert.Single(second.Budgets).Errors), StringComparison.Ordinal);
        Assert.Equal(BudgetOutcome.AlreadySent, Assert.Single(third.Budgets).Outcome);
    }

    [Fact]
    public async Task RunAsync_PublishProvedNotDelivered_RetryIsNotMarkedAsReSent()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        var calls = 0;
        _notifier.Setup(n => n.PublishAsync(It.IsAny<Notification>(), It.IsAny<CancellationToken>()))
            .Returns((Notification n, CancellationToken _) =>
            {
                _sent.Enqueue(n);
                return ++calls == 1 ? Task.FromException<string>(new InvalidOperationException("AuthorizationError")) : Task.FromResult("msg-2");
            });

        await Run();
        await Run();

        Assert.Equal(2, _sent.Count);
        Assert.All(_sent, n => Assert.DoesNotContain("re-sent", n.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(_ledger.Keys, k => k.StartsWith("attempt#", StringComparison.Ordinal));
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
    public async Task RunAsync_FleetStatusFails_AlertStillSentWithNote()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        _fleet.Setup(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("ProvisionedThroughputExceededException"));

        var result = await Run();

        Assert.Equal(BudgetOutcome.AlertSent, Assert.Single(result.Budgets).Outcome);
        Assert.Contains("fleet status could not be read (ProvisionedThroughputExceededException)", Assert.Single(_sent).Message, StringComparison.Ordinal);
        Assert.Contains(_ledger.Keys, k => k.EndsWith("#40usd", StringComparison.Ordinal));
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
}
