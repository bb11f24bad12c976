using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Decides from a service's tags: costops:schedule (a configured name, an inline expression, or none;
/// absent means the configured default, or unmanaged without one) and keep-running. A keep-running
/// override in force or malformed makes a managed service Running (an unmanaged one stays Unmanaged);
/// an expired one lets the schedule apply. Thread-safe; never throws for tag values.
/// </summary>
public sealed class ScheduleDecider : IScheduleDecider
{
    public const string ScheduleTagKey = "costops:schedule";
    public const string KeepRunningTagKey = "keep-running";
    public const string NoneValue = "none";

    private readonly ScheduleConfiguration configuration;
    private readonly TagScheduleResolver resolver;

    public ScheduleDecider(ScheduleConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        this.configuration = configuration;
        resolver = new TagScheduleResolver(configuration);
    }

    public ScheduleVerdict Decide(IReadOnlyDictionary<string, string> serviceTags, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(serviceTags);
        var instant = Instant.FromDateTimeOffset(now);
        var keepRunning = KeepRunning(serviceTags, instant);
        var (name, tagSchedule, tagged) = ScheduleFor(serviceTags);

        if (tagSchedule.Error is { } scheduleError)
        {
            var desired = Overrides(keepRunning) ? DesiredRunState.Running : DesiredRunState.Invalid;
            var error = keepRunning.Error is null ? scheduleError : scheduleError + "; " + keepRunning.Error;
            var reason = desired == DesiredRunState.Running
                ? "keep-running in force; schedule tag is invalid"
                : "schedule tag is invalid: service left as it is";
            return Verdict(desired, name, reason, keepRunning, error);
        }

        if (tagSchedule.Schedule is not { } schedule)
        {
            var reason = tagged ? "costops:schedule is none" : "no costops:schedule tag and no default schedule";
            return Verdict(DesiredRunState.Unmanaged, NoneValue, reason, keepRunning, keepRunning.Error);
        }

        var evaluation = ScheduleEvaluator.Evaluate(schedule, instant);
        var running = evaluation.Running || Overrides(keepRunning);
        var overrideReason = keepRunning.State switch
        {
            OverrideState.InForce => $"keep-running until {keepRunning.Until:yyyy-MM-dd'T'HH:mmzzz}; schedule: ",
            OverrideState.InForceMalformed => "keep-running with a malformed value (no end); schedule: ",
            _ => "",
        };
        return Verdict(
            running ? DesiredRunState.Running : DesiredRunState.Stopped,
            name,
            overrideReason + evaluation.Reason,
            keepRunning,
            keepRunning.Error);
    }

    public INextChangeScan StartNextChangeScan(DateTimeOffset from) => new NextChangeScan(this, Instant.FromDateTimeOffset(from));

    /// <summary>The schedule that governs these tags (null when unmanaged or invalid) and the keep-running override at <paramref name="instant"/>.</summary>
    internal (Schedule? Schedule, KeepRunningStatus KeepRunning) Governing(IReadOnlyDictionary<string, string> serviceTags, Instant instant) =>
        (ScheduleFor(serviceTags).Schedule.Schedule, KeepRunning(serviceTags, instant));

    private (string Name, TagSchedule Schedule, bool Tagged) ScheduleFor(IReadOnlyDictionary<string, string> tags)
    {
        var values = ValuesOf(tags, ScheduleTagKey);
        if (values.Count > 1 && values.Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            var quoted = string.Join(", ", values.Select(v => $"'{v}'"));
            return ("", new TagSchedule(null, $"several costops:schedule tags differing only in key case have different values ({quoted}): keep one"), true);
        }

        if (values.Count == 0)
        {
            return configuration.DefaultName is { } defaultName
                ? (defaultName, new TagSchedule(configuration.Schedules[defaultName], null), false)
                : (NoneValue, TagSchedule.Unmanaged, false);
        }

        var value = values[0];
        var resolved = resolver.Resolve(value);
        var name = resolved.Schedule is null && resolved.Error is null ? NoneValue : value.Trim();
        return (name, resolved, true);
    }

    /// <summary>With several keep-running keys differing in case, the one that keeps the service running longest wins.</summary>
    private static KeepRunningStatus KeepRunning(IReadOnlyDictionary<string, string> tags, Instant now) =>
        ValuesOf(tags, KeepRunningTagKey)
            .Select(v => KeepRunningOverride.Evaluate(v, now))
            .OrderByDescending(s => s.State == OverrideState.InForceMalformed)
            .ThenByDescending(s => s.State == OverrideState.InForce)
            .ThenByDescending(s => s.Until)
            .FirstOrDefault() ?? new KeepRunningStatus(OverrideState.None, null, null);

    private static List<string> ValuesOf(IReadOnlyDictionary<string, string> tags, string key) =>
        [.. tags.Where(t => t.Key.Trim().Equals(key, StringComparison.OrdinalIgnoreCase)).Select(t => t.Value ?? "")];

    private static bool Overrides(KeepRunningStatus status) =>
        status.State is OverrideState.InForce or OverrideState.InForceMalformed;

    private static ScheduleVerdict Verdict(DesiredRunState desired, string name, string reason, KeepRunningStatus keepRunning, string? error) =>
        new(desired, name, reason, keepRunning.State, keepRunning.Until, error);
}
