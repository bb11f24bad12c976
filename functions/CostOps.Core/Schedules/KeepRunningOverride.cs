using NodaTime;
using NodaTime.Text;

namespace CostOps.Core.Schedules;

/// <summary>
/// Reads a <c>keep-running</c> tag value. Only an ISO 8601 date-time with minutes, optional seconds and
/// fraction, and an explicit offset (Z or ±HH:MM) is an end time, and only when it can be represented:
/// an offset from -14:00 to +14:00 and a time within the years 0001 to 9999, locally and in UTC. Anything
/// else (empty, "true", a date, a date-time without offset, an offset or year out of range) keeps the
/// service running with no end and is reported. Never throws.
/// </summary>
internal static class KeepRunningOverride
{
    public const string AcceptedFormat = "an end time with an offset, e.g. 2026-11-24T18:00Z or 2026-11-24T18:00+01:00";

    private static readonly Offset MaxOffset = Offset.FromHours(14);

    private static readonly OffsetDateTimePattern[] Patterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<Z+HH:mm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFFo<Z+HH:mm>"),
    ];

    public static KeepRunningStatus Evaluate(string? value, Instant now)
    {
        var text = (value ?? "").Trim().ToUpperInvariant();
        foreach (var pattern in Patterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                return Representable(result.Value, value, now);
            }
        }

        return Malformed(value, "is not an end time");
    }

    /// <summary>NodaTime reads offsets up to ±18:00 and years -9998 to 9999; an end time must also fit a <see cref="DateTimeOffset"/>.</summary>
    private static KeepRunningStatus Representable(OffsetDateTime parsed, string? value, Instant now)
    {
        if (parsed.Offset > MaxOffset || parsed.Offset < -MaxOffset)
        {
            return Malformed(value, $"is not a usable end time: its offset {parsed.Offset:m} is out of range (offsets go from -14:00 to +14:00)");
        }

        if (parsed.Year is < 1 or > 9999)
        {
            return Malformed(value, "is not a usable end time: its year is out of range (years go from 0001 to 9999)");
        }

        var local = parsed.LocalDateTime.ToDateTimeUnspecified();
        var utcTicks = local.Ticks - parsed.Offset.ToTimeSpan().Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return Malformed(value, "is not a usable end time: in UTC its year is out of range (years go from 0001 to 9999)");
        }

        var until = new DateTimeOffset(local, parsed.Offset.ToTimeSpan());
        var state = Instant.FromDateTimeOffset(until) > now ? OverrideState.InForce : OverrideState.Expired;
        return new KeepRunningStatus(state, until, null);
    }

    private static KeepRunningStatus Malformed(string? value, string problem) => new(
        OverrideState.InForceMalformed,
        null,
        $"keep-running value '{value}' {problem}: the service is kept running with no end until the tag is fixed or removed; use {AcceptedFormat}");
}
