using CostOps.Core.Activity;

namespace CostOps.Core.Scheduler.Ports;

/// <summary>Everything a stop takes away, saved before the stop and restored exactly on start.</summary>
/// <param name="Scaling">The scalable target's bounds and suspended state before the stop; null when none.</param>
/// <param name="CapacityProviderStrategy">Kept for the record: a stop does not change it, so a start does not either.</param>
public sealed record SavedSnapshot(
    int DesiredCount,
    ScalingBounds? Scaling,
    IReadOnlyList<CapacityProviderItem> CapacityProviderStrategy,
    string? LaunchType,
    string ScheduleName,
    DateTimeOffset SavedAt,
    TaskSize? TaskSize);
