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
    private const int MaxReasonLength = 160;

    /// <summary>Per failed service, "cluster/service: error" from its latest failure in the week, on one line, sorted.</summary>
    public IReadOnlyList<string> FailureReasons { get; init; } = [];

    /// <summary>Wake-ups of stopped services (load balancer page or function URL) in the week.</summary>
    public int Wakes { get; init; }

    /// <summary>Per woken service, "cluster/service (N)" with its number of wakes in the week, sorted.</summary>
    public IReadOnlyList<string> WokenServices { get; init; } = [];

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
            runningOutsideSchedule.OrderBy(s => s.ClusterName, StringComparer.Ordinal).ThenBy(s => s.ServiceName, StringComparer.Ordinal).ToList())
        {
            FailureReasons = inWeek.Where(a => a.Kind == ActivityKind.Failed)
                .GroupBy(a => $"{a.ClusterName}/{a.ServiceName}", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}: {OneLine(g.MaxBy(a => a.At)!.Detail)}")
                .ToList(),
            Wakes = Count(ActivityKind.Woken),
            WokenServices = inWeek.Where(a => a.Kind == ActivityKind.Woken)
                .GroupBy(a => $"{a.ClusterName}/{a.ServiceName}", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ({g.Count()})")
                .ToList(),
        };
    }

    private static string OneLine(string? detail)
    {
        var text = string.Join(' ', (detail ?? string.Empty).Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (text.Length == 0)
        {
            return "no error recorded";
        }

        return text.Length <= MaxReasonLength ? text : text[..(MaxReasonLength - 3)] + "...";
    }
}
