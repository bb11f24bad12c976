using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Core.Scheduler;

/// <summary>Brings one service to what it should be now. Never throws for the service's own failures: they become a Fail outcome.</summary>
internal sealed class ServiceReconciler(
    IScheduleDecider decider,
    SchedulerPorts ports,
    SchedulerOptions options,
    IMetricSink metrics,
    IStructuredLog log,
    TimeProvider time)
{
    /// <param name="listedAt">When the run began listing: <paramref name="service"/> shows the service as it was then.</param>
    /// <param name="reads">What was read for the service's chunk in batches; anything it does not cover is read here.</param>
    /// <param name="activities">Where the chunk's activity records are collected; null writes each one as it happens.</param>
    public async Task<ServiceOutcome> ReconcileAsync(
        ManagedService service, DateTimeOffset listedAt, bool dryRun, BatchReads reads, ActivityBatch? activities, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        ServiceEffects? fx = null;
        try
        {
            var verdict = decider.Decide(service.Tags, now);
            switch (verdict.Desired)
            {
                case DesiredRunState.Unmanaged:
                    return Outcome(service, new(ServiceAction.None, $"not managed: {verdict.Reason}"));
                case DesiredRunState.Invalid:
                    return Outcome(service, new(ServiceAction.Skip, "schedule tag not understood; service left as it is"),
                        verdict.Error ?? verdict.Reason);
            }

            if (service.Strategy == SchedulingStrategy.Daemon)
            {
                return Outcome(service, new(ServiceAction.Skip, "DAEMON service: it has no desired count to schedule"));
            }

            var stored = reads.TryGetState(service.Ref.ServiceArn, out var read) ? read : await ports.Store.GetAsync(service.Ref.ServiceArn, ct);
            if (stored is not null && stored.UpdatedAt > listedAt)
            {
                // An overlapping run changed it after this run's listing (writes are stamped when written):
                // acting on the older view could undo that change or report it as a manual start.
                return Outcome(service, new(ServiceAction.Skip, "another run changed this service after this run listed it; the next run decides"));
            }

            fx = new ServiceEffects(service, stored, dryRun, now, time, ports, options, metrics) { Reads = reads, Activities = activities };
            var (saved, overrideChange) = await NoteOverrideAsync(fx, verdict, ct);
            if (!saved)
            {
                return Outcome(service, StepResult.LostRace);
            }

            var step = verdict.Desired == DesiredRunState.Stopped
                ? await StopPath.RunAsync(fx, verdict, ct)
                : await StartPath.RunAsync(fx, verdict, ct);
            return Outcome(service, step, verdict.Override == OverrideState.InForceMalformed ? verdict.Error : null)
                with { OverrideChange = overrideChange, RoutesPending = fx.RoutesPending };
        }
        catch (LostRaceException)
        {
            return Outcome(service, StepResult.LostRace);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var error = $"{ex.GetType().Name}: {ex.Message}";
            await RecordFailureAsync(fx, error, ct);
            return Outcome(service, new(ServiceAction.Fail, "failed; retried next run"), error);
        }
    }

    /// <summary>Reports a keep-running override once per change of its state or end time.</summary>
    /// <returns>Saved is false when another run changed the state first; Change describes the change, if any was reported.</returns>
    private static async Task<(bool Saved, string? Change)> NoteOverrideAsync(ServiceEffects fx, ScheduleVerdict verdict, CancellationToken ct)
    {
        var noted = fx.Current?.Override ?? OverrideState.None;
        if (noted == verdict.Override && fx.Current?.OverrideUntil == verdict.OverrideUntil)
        {
            return (true, null);
        }

        var next = fx.NewState(fx.Current?.Status ?? ServiceStatus.Running) with
        {
            Override = verdict.Override,
            OverrideUntil = verdict.OverrideUntil,
        };
        if (!await fx.SaveAsync(next, ct))
        {
            return (false, null);
        }

        (ActivityKind Kind, string Detail)? report = verdict.Override switch
        {
            OverrideState.InForce => (ActivityKind.OverrideInForce, $"keep-running until {verdict.OverrideUntil:yyyy-MM-dd'T'HH:mmzzz}"),
            OverrideState.InForceMalformed => (ActivityKind.OverrideMalformed,
                $"keep-running value not understood, kept running with no end: {verdict.Error}"),
            OverrideState.Expired => (ActivityKind.OverrideExpired, $"keep-running expired at {verdict.OverrideUntil:yyyy-MM-dd'T'HH:mmzzz}; schedule applies"),
            _ => null,
        };
        if (report is { } r)
        {
            await fx.RecordAsync(r.Kind, r.Detail, ct);
            return (true, r.Detail);
        }

        return (true, null);
    }

    private async Task RecordFailureAsync(ServiceEffects? fx, string error, CancellationToken ct)
    {
        if (fx is null || fx.DryRun)
        {
            return;
        }

        try
        {
            await fx.RecordAsync(ActivityKind.Failed, error, ct);
            await fx.SaveAsync(fx.NewState(fx.Current?.Status ?? ServiceStatus.Failed) with { LastError = error }, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.Write(LogLevel.Warning, "scheduler.failure_not_recorded", "Could not record a service failure; it is retried next run anyway.",
            [
                new("serviceArn", fx.Service.Ref.ServiceArn),
                new("error", $"{ex.GetType().Name}: {ex.Message}"),
            ]);
        }
    }

    private static ServiceOutcome Outcome(ManagedService service, StepResult step, string? error = null) =>
        new(service.Ref.ClusterName, service.Ref.ServiceName, service.Ref.ServiceArn, step.Action, step.Reason, error);
}
