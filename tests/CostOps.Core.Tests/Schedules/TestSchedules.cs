using CostOps.Core.Schedules;
using NodaTime;
using NodaTime.Text;

namespace CostOps.Core.Tests.Schedules;

internal static class TestSchedules
{
    public static Schedule Parse(string expression)
    {
        var parsed = ScheduleExpressionParser.ParseExpression(expression);
        return new Schedule(parsed.Zone ?? DateTimeZone.Utc, parsed.Periods, parsed.SkipDates, parsed.LeadMinutes);
    }

    public static Instant At(string isoInstant) => InstantPattern.ExtendedIso.Parse(isoInstant).GetValueOrThrow();

    public static string Format(Instant? instant) =>
        instant is { } value ? InstantPattern.General.Format(value) : "null";
}
