using System.Globalization;
using CostOps.Core.Observability;
using CostOps.Core.Targets.Ports;

namespace CostOps.Core.Targets;

/// <summary>
/// The hub run of a scheduler with targets: resolves them (OUs through Organizations) and queues one asynchronous
/// worker run per account-region, several at a time. The hub assumes no role and changes no service: each worker
/// does that for its own account-region, so one that fails leaves the others untouched.
/// </summary>
public sealed class HubFanOut(
    TargetConfiguration configuration,
    IOrganizationReader organization,
    IWorkerLauncher launcher,
    int maxConcurrency,
    IMetricSink metrics,
    IStructuredLog log,
    TimeProvider time)
{
    public async Task<HubRunSummary> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var resolution = await TargetResolver.ResolveAsync(configuration, organization, cancellationToken).ConfigureAwait(false);
        foreach (var note in resolution.Notes)
        {
            log.Write(LogLevel.Info, "scheduler.target_listed_twice", note, []);
        }

        var failures = new List<TargetFailure>(resolution.Failures);
        var started = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(maxConcurrency, 1, 64), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(resolution.Units, parallel, async (unit, ct) =>
        {
            try
            {
                await launcher.StartAsync(unit, dryRun, ct).ConfigureAwait(false);
                Interlocked.Increment(ref started);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                lock (failures)
                {
                    failures.Add(new TargetFailure(unit.ToString(), $"the worker could not be started: {ex.Message}", unit.AccountId, unit.Region));
                }
            }
        }).ConfigureAwait(false);

        failures.Sort((a, b) => string.CompareOrdinal(a.Target, b.Target));
        var summary = new HubRunSummary(startedAt, time.GetUtcNow(), dryRun, resolution.Units.Count, started, failures);
        Report(summary);
        return summary;
    }

    private void Report(HubRunSummary s)
    {
        foreach (var failure in s.Failures)
        {
            log.Write(LogLevel.Error, "scheduler.target_failed", $"{failure.Target}: {failure.Error}",
                [new("target", failure.Target), new("account", failure.AccountId), new("region", failure.Region), new("error", failure.Error)]);
        }

        log.Write(LogLevel.Info, "scheduler.hub_summary", string.Create(CultureInfo.InvariantCulture,
            $"{(s.DryRun ? "dry run: " : string.Empty)}{s.Targets} account-regions: {s.WorkersStarted} workers started, {s.TargetsFailed} failed"),
        [
            new("targets", Count(s.Targets)), new("workersStarted", Count(s.WorkersStarted)), new("targetsFailed", Count(s.TargetsFailed)),
            new("dryRun", s.DryRun ? "true" : "false"),
        ]);
        metrics.Add("Targets", s.Targets, MetricUnit.Count);
        metrics.Add("WorkersStarted", s.WorkersStarted, MetricUnit.Count);
        metrics.Add("TargetsFailed", s.TargetsFailed, MetricUnit.Count);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
