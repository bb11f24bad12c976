using CostOps.Aws.Adapters;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Cli.Fleet;

/// <summary>The managed services as they are (ECS) and as CostOps recorded them (the state table), with the next change each one expects.</summary>
public static class FleetStatusReader
{
    public static async Task<StatusReport> ReadAsync(FleetContext fleet, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var decider = new ScheduleDecider(fleet.Schedules);
        var views = new List<ServiceStatusView>();
        await foreach (var service in new EcsServiceInventory(fleet.Aws.Ecs, fleet.Scope!, fleet.Log).ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = await fleet.Store.GetAsync(service.Ref.ServiceArn, cancellationToken).ConfigureAwait(false);
            var verdict = decider.Decide(service.Tags, now);
            if (verdict.Desired == DesiredRunState.Unmanaged && state is null)
            {
                continue;
            }

            var scan = decider.StartNextChangeScan(now);
            scan.Add(service.Tags);
            views.Add(View(service, state, verdict, scan.Earliest));
        }

        views.Sort((a, b) => string.CompareOrdinal(a.Cluster + "/" + a.Service, b.Cluster + "/" + b.Service));
        return new StatusReport(TimeText.Format(now), fleet.Region, fleet.Table, views, fleet.Log.Problems);
    }

    private static ServiceStatusView View(ManagedService service, ServiceState? state, ScheduleVerdict verdict, DateTimeOffset? next) => new(
        service.Ref.ClusterName,
        service.Ref.ServiceName,
        state is null ? "unseen" : FleetNames.Of(state.Status),
        service.DesiredCount,
        service.RunningCount,
        FleetNames.Of(verdict.Desired),
        verdict.ScheduleName,
        state?.Snapshot is { } saved
            ? new SavedCapacity(saved.DesiredCount, saved.Scaling?.Min, saved.Scaling?.Max, TimeText.Format(saved.SavedAt))
            : null,
        FleetNames.Override(verdict.Override),
        TimeText.Format(verdict.OverrideUntil),
        TimeText.Format(state?.DriftSeenAt),
        state?.Spot is { } spot ? FleetNames.Of(spot.Mode) : null,
        TimeText.Format(next),
        state?.LastError ?? verdict.Error,
        TimeText.Format(state?.UpdatedAt));
}
