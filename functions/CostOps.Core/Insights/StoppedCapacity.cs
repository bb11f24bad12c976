using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Insights;

/// <summary>
/// What a service really runs when CostOps holds it stopped. The scheduler sets a stopped service's desired
/// count to 0 and its Auto Scaling bounds to 0/0; its real count and maximum are in the saved snapshot,
/// which is the truth from the moment the stop is saved (Stopping) until the start completes (Starting).
/// </summary>
public static class StoppedCapacity
{
    /// <summary>The saved snapshot when CostOps holds the service's capacity; null when the live values are the truth.</summary>
    public static SavedSnapshot? Held(ServiceState? state) =>
        state is { Status: ServiceStatus.Stopping or ServiceStatus.Stopped or ServiceStatus.Starting, Snapshot: { } snapshot } ? snapshot : null;

    /// <summary>Tasks the service runs while up: the saved count while CostOps holds it, else the live desired count.</summary>
    public static int Tasks(int liveDesired, ServiceState? state) => Held(state)?.DesiredCount ?? liveDesired;

    /// <summary>The Auto Scaling maximum: the saved one while CostOps holds the service (its live bounds are 0/0), else the live one.</summary>
    public static int? MaxCapacity(int? liveMax, ServiceState? state) => Held(state) is { } snapshot ? snapshot.Scaling?.Max ?? liveMax : liveMax;
}
