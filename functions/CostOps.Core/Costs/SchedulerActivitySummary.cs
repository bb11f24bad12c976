using CostOps.Core.Activity;

namespace CostOps.Core.Costs;

/// <summary>What the scheduler did in the week. Service names are "cluster/service", distinct and sorted.</summary>
/// <param name="RunningOutsideSchedule">Services running now although their schedule says stopped (overrides and drift), from the fleet status.</param>
public sealed record SchedulerActivitySummary(
    int Stops,
    int Starts,
    int Failures,
    int Drift,
    int OverridesInForce,
    int OverridesExpired,
    int OverridesMalformed,
    IReadOnlyList<string> FailedServices,
    IReadOnlyList<string> DriftServices,
    IReadOnlyList<string> OverrideInForceServices,
    IReadOnlyList<string> OverrideExpiredServices,
    IReadOnlyList<string> OverrideMalformedServices,
    IReadOnlyList<OffScheduleService> RunningOutsideSchedule)
{
    public static SchedulerActivitySummary From(IEnumerable<ServiceActivity> activity, DateTimeOffset weekStart, DateTimeOffset weekEnd, IReadOnlyList<OffScheduleService> runningOutsideSchedule)
    {
        var inWeek = activity.Where(a => a.At >= weekStart && a.At < weekEnd).ToList();
        int Count(ActivityKind kind) => inWeek.Count(a => a.Kind == kind);
        IReadOnlyList<string> Names(ActivityKind kind) => inWeek.Where(a => a.Kind == kind)
            .Select(a => $"{a.ClusterName}/{a.ServiceName}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        return new SchedulerActivitySummary(
            Count(ActivityKind.Stopped),
            Count(ActivityKind.Started),
            Count(ActivityKind.Failed),
            Count(ActivityKind.Drift),
            Count(ActivityKind.OverrideInForce),
            Count(ActivityKind.OverrideExpired),
            Count(ActivityKind.OverrideMalformed),
            Names(ActivityKind.Failed),
            Names(ActivityKind.Drift),
            Names(ActivityKind.OverrideInForce),
            Names(ActivityKind.OverrideExpired),
            Names(ActivityKind.OverrideMalformed),
            runningOutsideSchedule.OrderBy(s => s.ClusterName, StringComparer.Ordinal).ThenBy(s => s.ServiceName, StringComparer.Ordinal).ToList());
    }
}
