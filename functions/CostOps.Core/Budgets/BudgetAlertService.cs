using System.Globalization;
using CostOps.Core.Activity;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using CostOps.Core.State;

namespace CostOps.Core.Budgets;

/// <summary>
/// One run of the budget alerts function: reads every budget, and for each sends at most one alert for the highest newly reached
/// threshold (at most once per budget, period, kind and threshold, decided by the ledger, except that a Publish whose delivery is
/// unknown is sent once more, marked as a re-send: <see cref="DeliveryAttempt"/>). Bad budget data is reported, never thrown.
/// </summary>
public sealed class BudgetAlertService(
    IBudgetSource budgets,
    IOnceLedger ledger,
    INotifier notifier,
    IServiceSpendSource serviceSpend,
    IFleetStatus fleet,
    IStructuredLog log,
    IMetricSink metrics,
    TimeProvider time,
    BudgetAlertOptions options,
    Insights.Ports.IInsightsSource? insights = null)
{
    public async Task<BudgetRunResult> RunAsync(CancellationToken cancellationToken)
    {
        options.Validate();
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var all = await budgets.ListAsync(cancellationToken).ConfigureAwait(false);

        var notes = new List<string>();
        var selected = Select(all, notes);
        var context = new RunContext(serviceSpend, fleet, options.TopServiceCount, today, insights);
        var results = new List<BudgetCheckResult>(selected.Count);
        foreach (var budget in selected)
        {
            results.Add(await CheckAsync(budget, context, now, cancellationToken).ConfigureAwait(false));
        }

        var sent = results.Count(r => r.Outcome == BudgetOutcome.AlertSent);
        metrics.Add("BudgetsChecked", selected.Count, MetricUnit.Count);
        metrics.Add("AlertsSent", sent, MetricUnit.Count);
        return new BudgetRunResult(now, selected.Count, sent, results, notes);
    }

    private List<BudgetSnapshot> Select(IReadOnlyList<BudgetSnapshot> all, List<string> notes)
    {
        var present = all.Where(b => b is not null).ToList();
        if (options.BudgetNames.Count == 0)
        {
            return present;
        }

        var missing = options.BudgetNames.Where(n => !present.Exists(b => b.Name == n)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            notes.Add($"{BudgetAlertOptions.BudgetNamesSetting} names budgets that do not exist: {string.Join(", ", missing)}. Names are case-sensitive; check them in the AWS Budgets console.");
        }

        return present.Where(b => b.Name is not null && options.BudgetNames.Contains(b.Name)).ToList();
    }

    private async Task<BudgetCheckResult> CheckAsync(BudgetSnapshot budget, RunContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var evaluation = BudgetThresholdEvaluator.Evaluate(budget, options.Thresholds);
        var crossedText = evaluation.Crossed.Select(c => c.Threshold.Description).ToList();
        BudgetCheckResult Result(BudgetOutcome outcome, string? alerted = null, string? messageId = null, string? error = null) => new(
            budget.Name ?? string.Empty, outcome, budget.Actual, budget.Forecast, budget.Limit, budget.Currency ?? string.Empty,
            crossedText, alerted, messageId, evaluation.Notes, error is null ? [] : [error]);

        if (evaluation.Blocker is not null)
        {
            Warn("budget_skipped", evaluation.Blocker, budget);
            return Result(BudgetOutcome.Skipped, error: evaluation.Blocker);
        }

        if (evaluation.Crossed.Count == 0)
        {
            return Result(BudgetOutcome.BelowThresholds);
        }

        var detail = $"actual {BudgetText.Money(budget.Actual, budget.Currency)}, forecast {(budget.Forecast is { } f ? BudgetText.Money(f, budget.Currency) : "none")}, recorded {now:yyyy-MM-ddTHH:mm:ssZ}";

        // One run at a time decides a budget's alert: the thresholds it records and the alert it sends are then exactly what a single
        // run would do, whatever the overlap. A run that finds the claim held leaves the budget to the run holding it.
        var claimKey = BudgetLedgerKey.Claim(budget);
        bool held;
        try
        {
            held = await ledger.TryRecordAsync(claimKey, detail, now + BudgetLedgerKey.ClaimDuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = $"Recording the alert in the ledger failed ({ex.Message}); no alert was sent, the next run tries again.";
            Warn("budget_alert_failed", error, budget);
            return Result(BudgetOutcome.Failed, error: error);
        }

        if (!held)
        {
            return Result(BudgetOutcome.AlreadySent);
        }

        try
        {
            return await DecideAndSendAsync(budget, evaluation, context, detail, (o, a, m, e) => Result(o, a, m, e), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            var stuck = await AlertClaim.ForgetAsync(ledger, [claimKey]).ConfigureAwait(false);
            if (stuck.Count > 0)
            {
                Warn("budget_claim_stuck", $"Releasing the claim {claimKey} failed; other runs skip this budget until it expires at {now + BudgetLedgerKey.ClaimDuration:yyyy-MM-ddTHH:mm:ssZ}.", budget);
            }
        }
    }

    private async Task<BudgetCheckResult> DecideAndSendAsync(
        BudgetSnapshot budget,
        BudgetEvaluation evaluation,
        RunContext context,
        string detail,
        Func<BudgetOutcome, string?, string?, string?, BudgetCheckResult> resultOf,
        CancellationToken cancellationToken)
    {
        var expiresAt = BudgetLedgerKey.ExpiresAt(budget, options.LedgerRetentionAfterPeriod);
        var claim = await AlertClaim.ClaimAsync(ledger, budget, evaluation.Crossed, expiresAt, detail, cancellationToken).ConfigureAwait(false);
        if (claim.Error is not null)
        {
            Warn("budget_alert_failed", claim.Error, budget);
            return resultOf(BudgetOutcome.Failed, null, null, claim.Error);
        }

        if (claim.Alert is not { } alert)
        {
            return resultOf(BudgetOutcome.AlreadySent, null, null, null);
        }

        DeliveryAttempt? attempt = null;
        try
        {
            var topServices = await context.TopServicesAsync(cancellationToken).ConfigureAwait(false);
            var offSchedule = await context.OffScheduleAsync(cancellationToken).ConfigureAwait(false);
            var anomalies = await context.AnomaliesAsync(budget.PeriodStart, cancellationToken).ConfigureAwait(false);
            var runaway = await context.RunawayAsync(budget, cancellationToken).ConfigureAwait(false);
            var notification = BudgetAlertMessage.Compose(
                budget, alert, claim.AlsoNew, evaluation.Notes, context.Today, topServices, offSchedule, options.MaxOffScheduleListed, anomalies, runaway, options.AccountId);
            attempt = await DeliveryAttempt.BeginAsync(ledger, BudgetLedgerKey.For(budget, alert.Threshold), expiresAt, cancellationToken).ConfigureAwait(false);
            notification = attempt.Mark(notification);
            var messageId = await notifier.PublishAsync(notification, cancellationToken).ConfigureAwait(false);
            await attempt.CompleteAsync().ConfigureAwait(false);
            LogSent(budget, alert, messageId, notification.Subject);
            return resultOf(BudgetOutcome.AlertSent, alert.Threshold.Description, messageId, null);
        }
        catch (Exception ex)
        {
            // Only a failure of Publish itself (attempt set) can leave the delivery unknown.
            var release = attempt is null || await attempt.ReleaseClaimAfterAsync(ex).ConfigureAwait(false);
            var stuck = release ? await AlertClaim.ForgetAsync(ledger, claim.RecordedKeys).ConfigureAwait(false) : [];
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            var what = $"Sending the alert for {alert.Threshold.Description} failed ({ex.Message})";
            var error = (attempt is not null && DeliveryAttempt.IsAmbiguous(ex), release) switch
            {
                (true, true) => $"{what}; it may have been delivered. The next run sends it again, marked as a re-send.{AlertClaim.StuckText(stuck)}",
                (true, false) => $"{what}; it may have been delivered. This was already the one re-send after an earlier unknown delivery, so it is not sent again: check the topic's delivery status logs.",
                _ => $"{what}; its ledger records were removed, so the next run tries again.{AlertClaim.StuckText(stuck)}",
            };
            Warn("budget_alert_failed", error, budget);
            return resultOf(BudgetOutcome.Failed, alert.Threshold.Description, null, error);
        }
    }

    private void LogSent(BudgetSnapshot budget, CrossedThreshold alert, string messageId, string subject) =>
        log.Write(LogLevel.Info, "budget_alert_sent", subject,
        [
            new LogField("budget", budget.Name),
            new LogField("periodStart", budget.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new LogField("threshold", alert.Threshold.Label),
            new LogField("kind", alert.Threshold.Kind.ToString()),
            new LogField("actual", budget.Actual.ToString(CultureInfo.InvariantCulture)),
            new LogField("forecast", budget.Forecast?.ToString(CultureInfo.InvariantCulture)),
            new LogField("limit", budget.Limit.ToString(CultureInfo.InvariantCulture)),
            new LogField("currency", budget.Currency),
            new LogField("messageId", messageId),
        ]);

    private void Warn(string eventName, string message, BudgetSnapshot budget) =>
        log.Write(LogLevel.Warning, eventName, message, [new LogField("budget", budget.Name)]);
}
