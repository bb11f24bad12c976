using CostOps.Core.Activity;
using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Schedules;

namespace CostOps.Core.Scheduler;

/// <summary>The schedule says Stopped: stop, complete an interrupted stop, or notice a manual start (drift).</summary>
/// <remarks>Every change is preceded by a conditional state write holding the snapshot, so a crash after any call loses nothing.</remarks>
internal static class StopPath
{
    public static async Task<StepResult> RunAsync(ServiceEffects fx, ScheduleVerdict verdict, CancellationToken ct)
    {
        var service = fx.Service;
        var state = fx.Current;
        switch (state?.Status)
        {
            case ServiceStatus.Stopped when state.Snapshot is not null:
                if (service.DesiredCount == 0)
                {
                    await fx.SyncStatusTagAsync(ct);
                    return new(ServiceAction.None, "stopped by CostOps");
                }

                return await DriftAsync(fx, state.Snapshot, ct);

            case ServiceStatus.Drifted when state.Snapshot is not null:
                if (fx.Options.RestopDrift && service.DesiredCount > 0)
                {
                    return await DriftAsync(fx, state.Snapshot, ct);
                }

                return new(ServiceAction.None, "started outside CostOps during this off-period; left running");

            case ServiceStatus.Stopping or ServiceStatus.Starting when state.Snapshot is not null:
                if (service.DeploymentInProgress)
                {
                    return new(ServiceAction.Defer, "deployment in progress; the interrupted stop is completed next run");
                }

                if (state.Status == ServiceStatus.Starting && !await fx.SaveAsync(fx.NewState(ServiceStatus.Stopping), ct))
                {
                    return StepResult.LostRace;
                }

                return await CompleteAsync(fx, state.Snapshot, $"completing an interrupted stop: {verdict.Reason}", ct);

            default:
                return await FreshStopAsync(fx, verdict, ct);
        }
    }

    private static async Task<StepResult> FreshStopAsync(ServiceEffects fx, ScheduleVerdict verdict, CancellationToken ct)
    {
        var service = fx.Service;
        if (service.DeploymentInProgress)
        {
            return await DeferAsync(fx, ct);
        }

        if (service.DesiredCount == 0)
        {
            // Saving would overwrite what a start must restore with zero: leave it, nothing to save.
            return new(ServiceAction.None, "already at 0 and not stopped by CostOps: nothing to save");
        }

        var scaling = await fx.ReadScalingAsync(ct);
        var snapshot = new SavedSnapshot(service.DesiredCount, scaling, service.CapacityProviderStrategy,
            service.LaunchType, verdict.ScheduleName, fx.Now, service.TaskSize);
        var saving = fx.NewState(ServiceStatus.Stopping) with { Snapshot = snapshot, LastError = null, DriftSeenAt = null };
        if (!await fx.SaveAsync(saving, ct))
        {
            return StepResult.LostRace;
        }

        return await CompleteAsync(fx, snapshot, verdict.Reason, ct, scalingJustRead: true);
    }

    /// <summary>Applies a saved stop: load balancer rules to the wake page (opted-in services), scalable target held at 0, then desired count 0, then the state says Stopped.</summary>
    /// <param name="scalingJustRead">A fresh stop read the target an instant ago for its snapshot: that reading is the live one, not read twice.</param>
    private static async Task<StepResult> CompleteAsync(ServiceEffects fx, SavedSnapshot snapshot, string reason, CancellationToken ct, bool scalingJustRead = false)
    {
        // Requests go to the wake page before the tasks go away, so nobody meets a target group without targets.
        await WakeRoutesPath.DivertAsync(fx, ct);
        if (snapshot.Scaling is not null)
        {
            var live = scalingJustRead ? snapshot.Scaling : await fx.ReadScalingAsync(ct);
            if (live is not null && !live.IsZero)
            {
                await fx.SetScalingAsync(live.HeldAtZero(), ct);
            }
        }

        if (fx.Service.DesiredCount != 0)
        {
            await fx.SetDesiredCountAsync(0, ct);
        }

        if (!await fx.SaveAsync(fx.NewState(ServiceStatus.Stopped) with { LastError = null }, ct))
        {
            return StepResult.LostRace;
        }

        await fx.RecordAsync(ActivityKind.Stopped, $"stopped {snapshot.DesiredCount} task(s): {reason}", ct,
            snapshot.DesiredCount, snapshot.TaskSize);
        await fx.SyncStatusTagAsync(ct);
        return new(ServiceAction.Stop, reason);
    }

    private static async Task<StepResult> DriftAsync(ServiceEffects fx, SavedSnapshot snapshot, CancellationToken ct)
    {
        var detail = DriftReport.Describe(fx.Service, snapshot);
        if (fx.Options.RestopDrift && !fx.Service.DeploymentInProgress)
        {
            // The original snapshot stays: the manual start's count is not what opening time must restore.
            var restopping = fx.NewState(ServiceStatus.Stopping) with { DriftSeenAt = fx.Now };
            if (!await fx.SaveAsync(restopping, ct))
            {
                return StepResult.LostRace;
            }

            await fx.RecordAsync(ActivityKind.Drift, detail, ct, fx.Service.DesiredCount, fx.Service.TaskSize);
            var done = await CompleteAsync(fx, snapshot, "stopped again after a manual start (RestopDrift)", ct);
            return done.Action == ServiceAction.Stop ? new(ServiceAction.Drift, $"{detail}; stopped again") : done;
        }

        if (!await fx.SaveAsync(fx.NewState(ServiceStatus.Drifted) with { DriftSeenAt = fx.Now }, ct))
        {
            return StepResult.LostRace;
        }

        await fx.RecordAsync(ActivityKind.Drift, detail, ct, fx.Service.DesiredCount, fx.Service.TaskSize);
        return new(ServiceAction.Drift, $"{detail}; left running for the rest of this off-period (RestopDrift is off)");
    }

    private static async Task<StepResult> DeferAsync(ServiceEffects fx, CancellationToken ct)
    {
        const string reason = "deployment in progress; the stop is retried next run";
        if (fx.Current?.Status != ServiceStatus.Deferred)
        {
            if (!await fx.SaveAsync(fx.NewState(ServiceStatus.Deferred) with { LastError = null }, ct))
            {
                return StepResult.LostRace;
            }

            await fx.RecordAsync(ActivityKind.Deferred, reason, ct);
        }

        return new(ServiceAction.Defer, reason);
    }
}
