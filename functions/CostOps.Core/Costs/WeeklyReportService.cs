using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Costs.Ports;
using CostOps.Core.Notifications;
using CostOps.Core.Observability;
using CostOps.Core.State;
using NodaTime;

namespace CostOps.Core.Costs;

/// <summary>
/// Sends the weekly cost report at most once per ISO week: records <c>report#&lt;week&gt;</c> in the
/// once-ledger before anything else, and forgets it if the run fails before publishing succeeded. After a Publish
/// whose delivery is unknown the next run sends once more, marked as a re-send (<see cref="DeliveryAttempt"/>).
/// </summary>
public sealed class WeeklyReportService(
    WeeklyReportOptions options,
    TimeProvider time,
    IOnceLedger ledger,
    WeeklyReportFetcher fetcher,
    IReportRenderer renderer,
    IReportArchive archive,
    INotifier notifier,
    IStructuredLog log,
    IMetricSink metrics)
{
    private readonly DateTimeZone _zone = options.Validate();

    public WeeklyReportService(
        WeeklyReportOptions options, TimeProvider time, IOnceLedger ledger, ICostDataReader costs, IBudgetSource budgets,
        IActivityLog activity, IFleetStatus fleet, IReportRenderer renderer, IReportArchive archive, INotifier notifier,
        IStructuredLog log, IMetricSink metrics, Insights.Ports.IInsightsSource? insights = null)
        : this(options, time, ledger, new WeeklyReportFetcher(options, costs, budgets, activity, fleet, insights), renderer, archive, notifier, log, metrics)
    {
    }

    /// <param name="week">The ISO week to report on; null for the last full week in the configured zone.</param>
    public async Task<WeeklyReportResult> RunAsync(IsoWeek? week, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var window = Window(week, now);
        var target = window.Week;
        var key = $"report#{target}";
        if (!await ledger.TryRecordAsync(key, "weekly cost report", now.AddDays(90), cancellationToken).ConfigureAwait(false))
        {
            log.Write(LogLevel.Info, "report.skipped", $"The weekly report for {target} was already sent.", [new("week", target.ToString())]);
            return new WeeklyReportResult(target, false, $"already sent for {target}", 0, null, null);
        }

        var requests = 0;
        DeliveryAttempt? attempt = null;
        try
        {
            var inputs = await fetcher.FetchAsync(window, now, cancellationToken).ConfigureAwait(false);
            requests = inputs.CostExplorerRequests;
            var report = new WeeklyReportBuilder(options, FargatePriceTable.Default).Build(inputs);
            var html = renderer.RenderHtml(report);
            var link = await StoreAsync(target, html, cancellationToken).ConfigureAwait(false);
            var notification = new Notification(renderer.RenderSubject(report), renderer.RenderText(report, link));
            attempt = await DeliveryAttempt.BeginAsync(ledger, key, now.AddDays(90), cancellationToken).ConfigureAwait(false);
            notification = attempt.Mark(notification);
            var messageId = await notifier.PublishAsync(notification, cancellationToken).ConfigureAwait(false);
            await attempt.CompleteAsync().ConfigureAwait(false);

            metrics.Add("CostExplorerRequests", requests, MetricUnit.Count);
            metrics.Add("WeeklyReportSent", 1, MetricUnit.Count);
            log.Write(LogLevel.Info, "report.sent", $"Sent the weekly report for {target}.", [new("week", target.ToString()), new("messageId", messageId), new("ceRequests", requests.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            var why = report.CostExplorerProblem is null ? "sent" : "sent without cost data: " + report.CostExplorerProblem;
            return new WeeklyReportResult(target, true, why, requests, messageId, link);
        }
        catch (Exception ex)
        {
            // Only a failure of Publish itself (attempt set) can leave the delivery unknown.
            var release = attempt is null || await attempt.ReleaseClaimAfterAsync(ex).ConfigureAwait(false);
            if (release)
            {
                // Forget with a fresh token: a cancelled run must still release the week for a retry.
                await ledger.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
            }

            var outcome = (attempt is not null && DeliveryAttempt.IsAmbiguous(ex), release) switch
            {
                (true, true) => "may not have been sent (its delivery is unknown); the next invocation sends it again, marked as a re-send.",
                (true, false) => "may not have been sent (its delivery is unknown); this was already the one re-send after an earlier unknown delivery, so it is not sent again: check the topic's delivery status logs.",
                _ => "was not sent; the next invocation will try again.",
            };
            log.Write(LogLevel.Error, "report.failed", $"The weekly report for {target} {outcome} {ex.GetType().Name}: {ex.Message}", [new("week", target.ToString())]);
            throw;
        }
    }

    /// <summary>
    /// Builds the report and renders its subject and text without storing, publishing or recording the week, so the
    /// weekly run still sends it. Costs the same Cost Explorer requests as a real run.
    /// </summary>
    /// <param name="week">The ISO week to report on; null for the last full week in the configured zone.</param>
    public async Task<WeeklyReportPreview> PreviewAsync(IsoWeek? week, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var window = Window(week, now);
        var inputs = await fetcher.FetchAsync(window, now, cancellationToken).ConfigureAwait(false);
        var report = new WeeklyReportBuilder(options, FargatePriceTable.Default).Build(inputs);
        metrics.Add("CostExplorerRequests", inputs.CostExplorerRequests, MetricUnit.Count);
        log.Write(LogLevel.Info, "report.previewed", $"Rendered a preview of the weekly report for {window.Week}; nothing was sent.", [new("week", window.Week.ToString())]);
        return new WeeklyReportPreview(window.Week, renderer.RenderSubject(report), renderer.RenderPreviewText(report), inputs.CostExplorerRequests, report.CostExplorerProblem);
    }

    private ReportWindow Window(IsoWeek? week, DateTimeOffset now)
    {
        var target = week ?? IsoWeek.LastFullWeek(Instant.FromDateTimeOffset(now), _zone);
        var window = new ReportWindow(target, _zone);
        if (window.EndsAt > now)
        {
            throw new ArgumentException($"ISO week {target} has not ended yet in {_zone.Id} (it ends {window.EndsAt:yyyy-MM-dd HH:mm zzz}); ask for {IsoWeek.LastFullWeek(Instant.FromDateTimeOffset(now), _zone)} or earlier.", nameof(week));
        }

        return window;
    }

    private async Task<Uri?> StoreAsync(IsoWeek week, string html, CancellationToken cancellationToken)
    {
        try
        {
            return await archive.StoreAsync($"{week}.html", html, options.LinkValidity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The email still goes out; it says the HTML version is missing.
            log.Write(LogLevel.Warning, "report.store_failed", $"Could not store the HTML report for {week}: {ex.Message}", [new("week", week.ToString())]);
            return null;
        }
    }
}
