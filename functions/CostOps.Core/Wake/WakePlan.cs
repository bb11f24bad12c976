using CostOps.Core.Schedules;
using NodaTime;

namespace CostOps.Core.Wake;

/// <summary>Whether a wake writes a keep-running override, and until when the service runs. Pure; never throws.</summary>
/// <param name="Write">False when an override in force already covers the wake (a repeated request): nothing is written.</param>
/// <param name="Until">When the override ends; null when an override without an end (malformed) keeps the service running anyway.</param>
public sealed record WakePlan(bool Write, DateTimeOffset? Until)
{
    /// <param name="duration">Already capped.</param>
    public static WakePlan Decide(IReadOnlyDictionary<string, string> tags, DateTimeOffset now, TimeSpan duration, TimeSpan cooldown)
    {
        var wanted = RoundUpToMinute(now + duration);
        var current = CurrentOverride(tags);
        if (current is null)
        {
            return new WakePlan(true, wanted);
        }

        var status = KeepRunningOverride.Evaluate(current, Instant.FromDateTimeOffset(now));
        return status.State switch
        {
            // Kept running with no end until someone fixes the tag: overwriting it would end what they asked for.
            OverrideState.InForceMalformed => new WakePlan(false, null),

            // Written moments ago by an earlier request, or a longer override someone set: never shortened, not rewritten.
            OverrideState.InForce when status.Until >= wanted - cooldown => new WakePlan(false, status.Until),
            _ => new WakePlan(true, wanted),
        };
    }

    /// <summary>The tag value: UTC, to the minute, as <c>costops keep-running</c> writes it.</summary>
    public static string TagValue(DateTimeOffset until) => until.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset RoundUpToMinute(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        var remainder = utc.Ticks % TimeSpan.TicksPerMinute;
        return remainder == 0 ? utc : utc.AddTicks(TimeSpan.TicksPerMinute - remainder);
    }

    private static string? CurrentOverride(IReadOnlyDictionary<string, string> tags)
    {
        foreach (var (key, value) in tags)
        {
            if (string.Equals(key?.Trim(), ScheduleDecider.KeepRunningTagKey, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
