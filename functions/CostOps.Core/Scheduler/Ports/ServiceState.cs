using CostOps.Core.Activity;
using CostOps.Core.Schedules;
using CostOps.Core.Spot;

namespace CostOps.Core.Scheduler.Ports;

/// <summary>What CostOps recorded about one service. <see cref="Version"/> guards every write (optimistic concurrency).</summary>
/// <param name="Snapshot">The last saved snapshot; kept after a start for the record, only replaced by a new non-zero one.</param>
/// <param name="LastError">The last failure, cleared by the next successful change.</param>
/// <param name="DriftSeenAt">When a start by someone else during off-hours was noticed.</param>
/// <param name="Override">The keep-running state last reported, so each change is reported once.</param>
/// <param name="Spot">The Spot manager's history of this service; null when it does not manage its capacity.</param>
/// <param name="WakeRoutes">
/// The original forwards of the listener rules pointed at the wake function, saved before the first rule is changed;
/// non-empty while rules still wait to be restored, null otherwise.
/// </param>
public sealed record ServiceState(
    ServiceRef Ref,
    ServiceStatus Status,
    long Version,
    DateTimeOffset UpdatedAt,
    SavedSnapshot? Snapshot = null,
    string? LastError = null,
    DateTimeOffset? DriftSeenAt = null,
    OverrideState Override = OverrideState.None,
    DateTimeOffset? OverrideUntil = null,
    SpotState? Spot = null,
    IReadOnlyList<RuleRoute>? WakeRoutes = null)
{
    /// <summary>Why the service runs although its schedule may say stopped (drift, or an override in force); null otherwise.</summary>
    public OffScheduleService? RunningOutsideSchedule() => this switch
    {
        { Status: ServiceStatus.Drifted } => new(Ref.ClusterName, Ref.ServiceName, ActivityKind.Drift,
            $"started outside CostOps during off-hours (noticed {DriftSeenAt:O})"),
        { Override: OverrideState.InForce } => new(Ref.ClusterName, Ref.ServiceName, ActivityKind.OverrideInForce,
            $"keep-running until {OverrideUntil:O}"),
        { Override: OverrideState.InForceMalformed } => new(Ref.ClusterName, Ref.ServiceName, ActivityKind.OverrideMalformed,
            "keep-running value not understood: kept running with no end; fix or remove the tag"),
        _ => null,
    };
}
