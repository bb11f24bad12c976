using NodaTime;
using NodaTime.Text;

namespace CostOps.Core.Schedules;

/// <summary>
/// Reads a <c>keep-running</c> tag value. Only an ISO 8601 date-time with minutes, optional seconds and
/// fraction, and an explicit offset (Z or ±HH:MM) is an end time; anything else (empty, "true", a date,
/// a date-time without offset) keeps the service running with no end and is reported. Never throws.
/// </summary>
internal static class KeepRunningOverride
{
    public const string AcceptedFormat = "an end time with an offset, e.g. 2026-11-24T18:00Z or 2026-11-24T18:00+01:00";

    private static readonly OffsetDateTimePattern[] Patterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<Z+HH:mm>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFFFo<Z+HH:mm>"),
    ];

    public static KeepRunningStatus Evaluate(string? value, Instant now)
    {
        var text = (value ?? "").Trim();
        foreach (var pattern in Patterns)
        {
            var result = pattern.Parse(text.ToUpperInvariant());
            if (result.Success)
            {
                var until = result.Value;
                var state = until.ToInstant() > now ? OverrideState.InForce : OverrideState.Expired;
                return new KeepRunningStatus(state, until.ToDateTimeOffset(), null);
            }
        }

        return new KeepRunningStatus(
            OverrideState.InForceMalformed,
            null,
            $"keep-running value '{value}' is not an end time: the service is kept running with no end until the tag is fixed or removed; use {AcceptedFormat}");
    }
}
