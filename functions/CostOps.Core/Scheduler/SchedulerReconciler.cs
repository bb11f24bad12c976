using System.Globalization;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Core.Scheduler;

/// <summary>
/// One scheduler run: for every managed service, what it should be now (from the clock and its tags)
/// against what it is and what CostOps recorded; acts only on the difference. Late, duplicate or
/// missed runs are harmless because nothing depends on the triggering event.
/// </summary>
/// <remarks>
/// With a boundary wake-up configured, every run (a continuation too) ends by setting it to the earliest
/// boundary after the run's start among all listed services, processed or not: a boundary that passes
/// while a chain of continuations is still working is then not left to the safety tick. A continuation whose
/// inventory left out the services already done keeps the wake-up the first part set instead.
/// </remarks>
public sealed class SchedulerReconciler
{
    private readonly SchedulerPorts _ports;
    private readonly SchedulerOptions _options;
    private readonly IMetricSink _metrics;
    private readonly IStructuredLog _log;
    private readonly TimeProvider _time;
    private readonly ServiceReconciler _service;
    private readonly SchedulerRunReporter _reporter;
    private readonly IScheduleDecider _decider;

    public SchedulerReconciler(
        IScheduleDecider decider,
        SchedulerPorts ports,
        SchedulerOptions options,
        IMetricSink metrics,
        IStructuredLog log,
        TimeProvider time)
    {
        options.Validate();
        _ports = ports;
        _options = options;
        _metrics = metrics;
        _log = log;
        _time = time;
        _decider = decider;
        _service = new ServiceReconciler(decider, ports, options, metrics, log, time);
        _reporter = new SchedulerRunReporter(ports.Store, options, metrics, log);
    }

    /// <summary>How soon the scheduler looks again at a woken service whose load balancer rules wait for healthy targets.</summary>
    public static readonly TimeSpan RoutesPendingRecheck = TimeSpan.FromMinutes(1);

    public async Task<SchedulerRunSummary> RunAsync(SchedulerRunRequest request, CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        var deadline = startedAt + _options.TimeBudget;
        var dryRun = _options.DryRun || request.DryRun;

        var listed = await ListAsync(request.ContinuationToken, cancellationToken);
        var services = Pending(listed, request.ContinuationToken);

        // An inventory that skipped what the previous part did lists only the rest: this part cannot know the earliest
        // boundary of all services, so it keeps the wake-up the first part set (which fires a full run at that boundary).
        var partialListing = request.ContinuationToken is not null && services.Count == listed.Count;
        var outcomes = new ServiceOutcome?[services.Count];
        // A continuation reads scalable targets chunk by chunk: the namespace listing is for a pass that can see it
        // through, and a chain whose first part ran out of time pages it again in every part (401 calls instead of
        // about 240 for a stop of 10,000 services, benchmarks/RESULTS.md).
        var passScaling = request.ContinuationToken is null
            ? await BatchReads.ReadPassAsync(services, _decider, _time.GetUtcNow(), _ports, cancellationToken)
            : null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        for (var first = 0; first < services.Count && (first == 0 || _time.GetUtcNow() < deadline); first += BatchReads.ChunkSize)
        {
            var chunk = services.GetRange(first, Math.Min(BatchReads.ChunkSize, services.Count - first));
            var reads = await BatchReads.ReadAsync(chunk, _decider, _time.GetUtcNow(), _ports, cancellationToken, passScaling);
            var activities = _options.BatchActivity ? new ActivityBatch() : null;
            await Parallel.ForEachAsync(Enumerable.Range(first, chunk.Count), parallel, async (i, ct) =>
            {
                // The first service always runs, so every continuation makes progress.
                if (i > 0 && _time.GetUtcNow() >= deadline)
                {
                    return;
                }

                outcomes[i] = await _service.ReconcileAsync(services[i], startedAt, dryRun, reads, activities, ct);
            });
            if (activities is not null)
            {
                await activities.FlushAsync(_ports.Activity, _log, _metrics, cancellationToken);
            }
        }

        // Resume after the longest fully processed prefix; services processed beyond it are
        // evaluated again next time, which is harmless because a run with nothing to change changes nothing.
        var prefix = Array.IndexOf(outcomes, null);
        string? token = null;
        string? runError = null;
        if (prefix > 0)
        {
            token = services[prefix - 1].Ref.ServiceArn;
            runError = await ContinueAsync(new SchedulerRunRequest(token, request.DryRun), cancellationToken);
        }

        var done = outcomes.Where(o => o is not null).Select(o => o!).ToList();
        // A part that listed only what was left keeps the first part's wake-up, unless routes still need a recheck
        // (that recheck is a fresh run, which lists everything and sets the wake-up again).
        var routesPending = done.Any(o => o.RoutesPending);
        var nextBoundary = partialListing && !routesPending ? null : await WakeUpAsync(listed, startedAt, routesPending, dryRun, cancellationToken);
        var summary = new SchedulerRunSummary(startedAt, _time.GetUtcNow(), dryRun, done, token, runError) { NextBoundary = nextBoundary };
        _reporter.Report(summary);
        await _reporter.RecordRunAsync(summary, cancellationToken);
        return summary;
    }

    private async Task<List<ManagedService>> ListAsync(string? after, CancellationToken ct)
    {
        var all = new List<ManagedService>();
        var listing = _ports.Inventory is IResumableInventory resumable ? resumable.ListAsync(after, ct) : _ports.Inventory.ListAsync(ct);
        await foreach (var service in listing)
        {
            all.Add(service);
        }

        all.Sort((a, b) => string.CompareOrdinal(a.Ref.ServiceArn, b.Ref.ServiceArn));
        return all;
    }

    private static List<ManagedService> Pending(List<ManagedService> listed, string? after) =>
        after is null ? listed : listed.FindAll(s => string.CompareOrdinal(s.Ref.ServiceArn, after) > 0);

    /// <summary>Sets the wake-up (an optional part: a failure is one warning and a metric); a dry run only reports it.</summary>
    /// <param name="routesPending">A woken service waits for healthy targets: the next run comes within <see cref="RoutesPendingRecheck"/>, not at the next tick.</param>
    private async Task<DateTimeOffset?> WakeUpAsync(List<ManagedService> listed, DateTimeOffset startedAt, bool routesPending, bool dryRun, CancellationToken ct)
    {
        if (_ports.WakeUp is not { } wakeUp)
        {
            return null;
        }

        var boundary = NextBoundary.Find(_decider, listed, startedAt);
        if (routesPending)
        {
            var recheck = _time.GetUtcNow() + RoutesPendingRecheck;
            boundary = boundary is { } b && b < recheck ? b : recheck;
        }

        var at = NextBoundary.WakeUpAt(boundary, _time.GetUtcNow());
        if (at is not { } wakeAt || dryRun)
        {
            return at;
        }

        try
        {
            await wakeUp.EnsureAsync(wakeAt, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var when = wakeAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            _log.Write(LogLevel.Warning, "scheduler.wakeup_not_set",
                $"Could not set the boundary wake-up for {when}; the safety tick handles that boundary instead.",
                [new("nextBoundary", when), new("error", $"{ex.GetType().Name}: {ex.Message}")]);
            _metrics.Add("BoundaryWakeUpFailed", 1, MetricUnit.Count);
        }

        return at;
    }

    private async Task<string?> ContinueAsync(SchedulerRunRequest next, CancellationToken ct)
    {
        try
        {
            await _ports.Continuation.ContinueAsync(next, ct);
            return null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return $"time budget of {_options.TimeBudget.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s used up and the continuation "
                + $"after {next.ContinuationToken} could not be invoked ({ex.GetType().Name}: {ex.Message}); the next scheduled run covers the rest";
        }
    }
}
