using CostOps.Core.Budgets;
using CostOps.Core.Notifications;
using Moq;

namespace CostOps.Core.Tests.Budgets;

public partial class BudgetAlertServiceTests
{
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
        _time.SetUtcNow(new DateTimeOffset(2026, 4, 28, 9, 0, 0, TimeSpan.Zero));
        await Run();

        Assert.Equal(2, _sent.Count);
        Assert.Contains("budget#monthly-total#2026-04-01#actual#40usd", _ledger.Keys);
        Assert.Contains("Days left:   3 (period 2026-04-01 to 2026-04-30 UTC", _sent.Last().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#claim")]
    [InlineData("#actual#60usd")]
    [InlineData("#actual#40usd")]
    [InlineData("#forecast#100pct")]
    public async Task RunAsync_SecondRunOverlapsFirstAtAnyStep_SendsExactlyTheOneAlertOfASingleRun(string pauseAfter)
    {
        // $62 actual and $80 forecast of $50 cross $25, $40, $60 and the 100% forecast at once: a single run sends one alert.
        _budgets.Add(TestBudgets.Monthly(62m, 80m));
        var ledger = new FakeOnceLedger();
        var (notifier, sent) = CountingNotifier();
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var paused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = true;
        ledger.AfterRecord = (key, recorded) =>
        {
            if (recorded && first && key.EndsWith(pauseAfter, StringComparison.Ordinal))
            {
                first = false;
                paused.TrySetResult();
                return resume.Task;
            }

            return Task.CompletedTask;
        };

        var runA = Service(ledger, notifier).RunAsync(CancellationToken.None);
        await ReachesPause(paused.Task, runA);
        var b = await Service(ledger, notifier).RunAsync(CancellationToken.None);
        resume.TrySetResult();
        var a = await runA;

        var alert = Assert.Single(sent);
        Assert.Contains("passed $60", alert.Subject, StringComparison.Ordinal);
        Assert.Equal(BudgetOutcome.AlertSent, a.Budgets[0].Outcome);
        Assert.Equal(BudgetOutcome.AlreadySent, b.Budgets[0].Outcome);
        Assert.DoesNotContain(ledger.Keys, k => k.EndsWith("#claim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ThreeRunsWhileOneHoldsTheClaim_OneAlertAndALaterEscalationStillSends()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        var ledger = new FakeOnceLedger();
        var (notifier, sent) = CountingNotifier();
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var paused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ledger.AfterRecord = (key, recorded) =>
        {
            if (recorded && key.EndsWith("#40usd", StringComparison.Ordinal))
            {
                paused.TrySetResult();
                return resume.Task;
            }

            return Task.CompletedTask;
        };

        var holder = Service(ledger, notifier).RunAsync(CancellationToken.None);
        await ReachesPause(paused.Task, holder);
        var others = new[] { await Service(ledger, notifier).RunAsync(CancellationToken.None), await Service(ledger, notifier).RunAsync(CancellationToken.None) };
        resume.TrySetResult();
        await holder;
        ledger.AfterRecord = null;

        Assert.Contains("passed $40", Assert.Single(sent).Subject, StringComparison.Ordinal);
        Assert.All(others, r => Assert.Equal(BudgetOutcome.AlreadySent, r.Budgets[0].Outcome));

        _budgets.Clear();
        _budgets.Add(TestBudgets.Monthly(61m, 70m));
        await Service(ledger, notifier).RunAsync(CancellationToken.None);
        await Service(ledger, notifier).RunAsync(CancellationToken.None);

        Assert.Equal(2, sent.Count);
        Assert.Contains("passed $60", sent.Last().Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ClaimHeldByARunThatDied_BudgetWaitsUntilTheClaimExpires()
    {
        _budgets.Add(TestBudgets.Monthly(45m, 50m));
        var ledger = new FakeOnceLedger(_time);
        await ledger.TryRecordAsync(BudgetLedgerKey.Claim(_budgets[0]), "a run that timed out", _time.GetUtcNow() + BudgetLedgerKey.ClaimDuration, CancellationToken.None);
        var (notifier, sent) = CountingNotifier();

        var blocked = await Service(ledger, notifier).RunAsync(CancellationToken.None);
        Assert.Equal(BudgetOutcome.AlreadySent, blocked.Budgets[0].Outcome);
        Assert.Empty(sent);

        _time.Advance(BudgetLedgerKey.ClaimDuration);
        await Service(ledger, notifier).RunAsync(CancellationToken.None);
        Assert.Contains("passed $40", Assert.Single(sent).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OverlappingRunRecordsLowerKeysFirst_StillOnlyOneAlert()
    {
        // Worst interleaving: the run that records $60 stalls until the other run has recorded $40 and $25 and finished.
        _budgets.Add(TestBudgets.Monthly(62m, 50m));
        var ledger = new FakeOnceLedger();
        var (notifier, sent) = CountingNotifier();
        var firstFinished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ledger.AfterRecord = (key, recorded) => recorded && key.EndsWith("#60usd", StringComparison.Ordinal) ? firstFinished.Task : Task.CompletedTask;

        async Task<BudgetRunResult> RunOnce()
        {
            var result = await Service(ledger, notifier).RunAsync(CancellationToken.None);
            firstFinished.TrySetResult();
            return result;
        }

        var results = await Task.WhenAll(RunOnce(), RunOnce());

        Assert.Contains("passed $60", Assert.Single(sent).Subject, StringComparison.Ordinal);
        Assert.Equal([BudgetOutcome.AlertSent, BudgetOutcome.AlreadySent], results.Select(r => r.Budgets[0].Outcome).Order());
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
}
