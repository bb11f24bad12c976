using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Spot;

/// <summary>Turns the state a decision wants into the call to make, if any.</summary>
internal static class SpotConvergence
{
    /// <summary>Brings the service to <paramref name="next"/>.Wanted: no call when it is there, none while stopped, none while deploying unless falling back.</summary>
    public static SpotDecision Converge(ManagedService service, ServiceState? stored, SpotState next, SpotAction action, string reason)
    {
        var changed = stored?.Spot is not { } previous || !Same(previous, next);
        if (SpotStrategy.Same(service.CapacityProviderStrategy, next.Wanted) && service.LaunchType is null)
        {
            var steady = next.Mode == SpotMode.Spot ? "on its Spot strategy" : reason;
            return new(action == SpotAction.Return ? SpotAction.Return : SpotAction.None, action == SpotAction.Return ? reason : steady,
                Next: next with { LastError = null }, Write: changed || stored!.Spot!.LastError is not null);
        }

        if (SpotEligibility.StoppedByScheduler(stored))
        {
            return new(SpotAction.Wait, $"stopped by the scheduler: it starts on {Describe(next)} ({reason})", Next: next, Write: changed);
        }

        if (action == SpotAction.MoveToSpot && service.DeploymentInProgress)
        {
            return new(SpotAction.Defer, $"deployment in progress; moved to Spot on a later tick ({reason})", Next: next, Write: changed);
        }

        return new(action, reason, Apply: next.Wanted, Next: next, Write: true);
    }

    private static bool Same(SpotState a, SpotState b) =>
        a with { Wanted = b.Wanted, Interruptions = b.Interruptions, Seen = b.Seen } == b
        && SpotStrategy.Same(a.Wanted, b.Wanted)
        && a.Interruptions.SequenceEqual(b.Interruptions)
        && a.Seen.SequenceEqual(b.Seen);

    private static string Describe(SpotState state) => state.Mode == SpotMode.Spot ? "its Spot strategy" : "on-demand";
}
