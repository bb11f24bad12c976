using System.Globalization;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Scheduler;

/// <summary>What a finished scheduler run leaves behind: its log lines, its metrics, and its record in the state store.</summary>
internal sealed class SchedulerRunReporter(ISchedulerStateStore store, SchedulerOptions options, IMetricSink metrics, IStructuredLog log)
{
    /// <summary>One log line per noteworthy service (every service at debug level), the summary line, and the run's metrics unless it was a dry run.</summary>
    public void Report(SchedulerRunSummary summary)
    {
        var debug = log.IsEnabled(LogLevel.Debug);
        foreach (var o in summary.Services)
        {
            if (!o.IsNoteworthy && !debug)
            {
                continue;
            }

            var level = o.Action switch
            {
                ServiceAction.Fail => LogLevel.Error,
                ServiceAction.Drift or ServiceAction.Defer => LogLevel.Warning,
                ServiceAction.Skip when o.Error is not null => LogLevel.Warning,
                _ when !o.IsNoteworthy => LogLevel.Debug,
                _ => LogLevel.Info,
            };
            log.Write(level, "scheduler.service", $"{o.Action} {o.ClusterName}/{o.ServiceName}: {o.Reason}",
            [
                new("cluster", o.ClusterName), new("service", o.ServiceName), new("serviceArn", o.ServiceArn),
                new("action", o.Action.ToString()), new("reason", o.Reason), new("error", o.Error),
                new("override", o.OverrideChange), new("dryRun", summary.DryRun ? "true" : "false"),
            ]);
        }

        log.Write(LogLevel.Info, "scheduler.summary", SummaryText(summary),
        [
            new("services", Count(summary.Services.Count)), new("stopped", Count(summary.Stopped)), new("started", Count(summary.Started)),
            new("unchanged", Count(summary.Unchanged)), new("skipped", Count(summary.Skipped)), new("deferred", Count(summary.Deferred)),
            new("drifted", Count(summary.Drifted)), new("failed", Count(summary.Failed)),
            new("continuationToken", summary.ContinuationToken), new("dryRun", summary.DryRun ? "true" : "false"),
        ]);

        if (summary.RunError is not null)
        {
            log.Write(LogLevel.Error, "scheduler.run", summary.RunError, [new("continuationToken", summary.ContinuationToken)]);
        }

        if (summary.DryRun)
        {
            return;
        }

        metrics.Add("ServicesStopped", summary.Stopped, MetricUnit.Count);
        metrics.Add("ServicesStarted", summary.Started, MetricUnit.Count);
        metrics.Add("ServicesSkipped", summary.Skipped + summary.Deferred, MetricUnit.Count);
        metrics.Add("ServicesFailed", summary.Failed, MetricUnit.Count);
        metrics.Add("ServicesDrifted", summary.Drifted, MetricUnit.Count);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string SummaryText(SchedulerRunSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{(s.DryRun ? "dry run: " : string.Empty)}{s.Services.Count} services: {s.Stopped} stopped, {s.Started} started, {s.Unchanged} unchanged, "
        + $"{s.Skipped} skipped, {s.Deferred} deferred, {s.Drifted} drifted, {s.Failed} failed{(s.ContinuationToken is null ? string.Empty : "; continues in a new invocation")}");

    /// <summary>Kept only for runs that changed something or failed, so a quiet run writes nothing.</summary>
    public async Task RecordRunAsync(SchedulerRunSummary s, CancellationToken ct)
    {
        if (s.DryRun || s.Stopped + s.Started + s.Drifted + s.Failed == 0)
        {
            return;
        }

        try
        {
            await store.RecordRunAsync(
                new SchedulerRunRecord(s.StartedAt, s.FinishedAt, s.Stopped, s.Started, s.Drifted, s.Deferred, s.Failed, s.ContinuationToken)
                {
                    Account = options.Account,
                    Region = options.Account is null ? null : options.Region,
                },
                ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.Write(LogLevel.Warning, "scheduler.run_not_recorded", "Could not record the run summary; the services' own state is saved.",
                [new("error", $"{ex.GetType().Name}: {ex.Message}")]);
        }
    }
}
