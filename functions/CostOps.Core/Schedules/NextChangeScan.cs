using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Finds the earliest instant after <c>from</c> at which a managed service's decision can change: its
/// schedule's next change, or the end of a keep-running override in force (the schedule applies again
/// then). A malformed override keeps a service running with no end, so it adds nothing. Thousands of
/// services share a few schedules (named or inline, resolved to one shared instance per text), so each
/// schedule's next change is computed once per scan, keyed by the schedule's identity.
/// </summary>
internal sealed class NextChangeScan(ScheduleDecider decider, Instant from) : INextChangeScan
{
    private readonly Dictionary<Schedule, Instant?> _bySchedule = new(ReferenceEqualityComparer.Instance);
    private Instant? _earliest;

    public DateTimeOffset? Earliest => _earliest?.ToDateTimeOffset();

    /// <summary>How many schedules' next changes were computed.</summary>
    internal int SchedulesEvaluated => _bySchedule.Count;

    public void Add(IReadOnlyDictionary<string, string> serviceTags)
    {
        ArgumentNullException.ThrowIfNull(serviceTags);
        var (schedule, keepRunning) = decider.Governing(serviceTags, from);
        if (schedule is null)
        {
            return;
        }

        var next = keepRunning.State switch
        {
            OverrideState.InForceMalformed => null,
            OverrideState.InForce when keepRunning.Until is { } until => Instant.FromDateTimeOffset(until),
            _ => NextChangeOf(schedule),
        };
        if (next is { } candidate && (_earliest is null || candidate < _earliest))
        {
            _earliest = candidate;
        }
    }

    private Instant? NextChangeOf(Schedule schedule)
    {
        if (!_bySchedule.TryGetValue(schedule, out var next))
        {
            next = ScheduleEvaluator.NextChange(schedule, from);
            _bySchedule[schedule] = next;
        }

        return next;
    }
}
