using CostOps.Core.Activity;
using CostOps.Core.Observability;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;
using CostOps.Core.Spot;

namespace CostOps.Core.Scheduler;

/// <summary>The schedule (or a keep-running override) says Running: start only what CostOps stopped, exactly as saved.</summary>
internal static class StartPath
{
    public static async Task<StepResult> RunAsync(ServiceEffects fx, ScheduleVerdict verdict, CancellationToken ct)
    {
        var state = fx.Current;
        switch (state?.Status)
        {
            case ServiceStatus.Stopped or ServiceStatus.Stopping or ServiceStatus.Starting when state.Snapshot is not null:
                return await StartAsync(fx, state.Snapshot, keepHigherCount: false, verdict.Reason, ct);

            case ServiceStatus.Drifted when state.Snapshot is not null:
                // Someone started it by hand during the off-period: restore the bounds CostOps took away,
                // but never remove tasks they added.
                return await StartAsync(fx, state.Snapshot, keepHigherCount: true, $"off-period over after a manual start: {verdict.Reason}", ct);

            case ServiceStatus.Running:
                await fx.SyncStatusTagAsync(ct);
                return await WakeRoutesPath.RestoreWhenHealthyAsync(fx, ct) is { } restored
                    ? new(ServiceAction.None, restored)
                    : new(ServiceAction.None, "running");

            default:
                return new(ServiceAction.None, fx.Service.DesiredCount == 0
                    ? "at 0 but not stopped by CostOps: left at 0"
                    : "running");
        }
    }

    private static async Task<StepResult> StartAsync(
        ServiceEffects fx, SavedSnapshot snapshot, bool keepHigherCount, string reason, CancellationToken ct)
    {
        var service = fx.Service;
        var wasStopped = fx.Current!.Status is ServiceStatus.Stopped or ServiceStatus.Starting;
        if (fx.Current.Status != ServiceStatus.Starting && !await fx.SaveAsync(fx.NewState(ServiceStatus.Starting), ct))
        {
            return StepResult.LostRace;
        }

        // Bounds first: a desired count above a max of 0 would be pulled straight back to 0.
        if (snapshot.Scaling is not null)
        {
            var live = await fx.ReadScalingAsync(ct);
            if (live is not null && live != snapshot.Scaling)
            {
                await fx.SetScalingAsync(snapshot.Scaling, ct);
            }
        }

        var target = keepHigherCount ? Math.Max(service.DesiredCount, snapshot.DesiredCount) : snapshot.DesiredCount;
        var strategy = SpotStrategyToStartOn(fx);
        if (service.DesiredCount != target || strategy is not null)
        {
            await fx.SetDesiredCountAsync(target, ct, strategy);
        }

        if (strategy is not null)
        {
            reason = $"{reason}; on the Spot manager's strategy {SpotStrategy.Describe(strategy)}";
        }

        var started = fx.NewState(ServiceStatus.Running) with { LastError = null, DriftSeenAt = null };
        if (!await fx.SaveAsync(started, ct))
        {
            return StepResult.LostRace;
        }

        await fx.RecordAsync(ActivityKind.Started, $"restored {target} task(s): {reason}", ct, target, snapshot.TaskSize);
        if (wasStopped && fx.Now > snapshot.SavedAt)
        {
            fx.Metric("TaskHoursAvoided", snapshot.DesiredCount * (fx.Now - snapshot.SavedAt).TotalHours, MetricUnit.Count);
        }

        await fx.SyncStatusTagAsync(ct);
        if (await WakeRoutesPath.RestoreWhenHealthyAsync(fx, ct) is { } routes)
        {
            reason = $"{reason}; {routes}";
        }

        return new(ServiceAction.Start, reason);
    }

    /// <summary>
    /// The strategy the Spot manager wants (on-demand while a fallback is in force), when it differs from the
    /// service's: the Spot manager never deploys a stopped service, so its pending change comes with the start.
    /// </summary>
    private static IReadOnlyList<CapacityProviderItem>? SpotStrategyToStartOn(ServiceEffects fx)
    {
        var service = fx.Service;
        if (fx.Current?.Spot is not { Wanted.Count: > 0 } spot || SpotEligibility.Unmovable(service) is not null)
        {
            return null;
        }

        return service.LaunchType is null && SpotStrategy.Same(service.CapacityProviderStrategy, spot.Wanted) ? null : spot.Wanted;
    }
}
