using System.Globalization;

namespace CostOps.Simulator;

/// <summary>An EventBridge Scheduler schedule: a one-time <c>at(…)</c> fires once when its time comes (and stays until replaced).</summary>
public sealed record SimSchedule(string Group, string Name, string Expression, string? Timezone, string TargetArn, string? Input, string State)
{
    /// <summary>The expression this schedule last fired for; a replaced schedule fires again for its new time.</summary>
    public string? FiredFor { get; set; }

    /// <summary>When a one-time schedule fires (UTC); null for rate() and cron() schedules or an unreadable time.</summary>
    public DateTimeOffset? FiresAt()
    {
        if (!Expression.StartsWith("at(", StringComparison.Ordinal) || !Expression.EndsWith(')')
            || !DateTime.TryParseExact(Expression[3..^1], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var zone = Timezone is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(Timezone);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
