using System.Globalization;

namespace CostOps.Demo;

/// <summary>
/// The triggers the deployment creates, as events at a given minute: the scheduler's 15-minute safety tick and its
/// boundary wake-ups at 08:00 and 20:00 on weekdays (EventBridge Scheduler, Los Angeles time), the weekly report on
/// Monday 07:00 Los Angeles time, and the budget check every 6 hours.
/// </summary>
internal static class DemoTriggers
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(SeedFleet.Zone);

    public static DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static bool SchedulerTick(DateTimeOffset utc) => utc.Minute % 15 == 0;

    public static bool SchedulerBoundary(DateTimeOffset utc)
    {
        var local = Local(utc);
        return local.Minute == 0 && local.Hour is 8 or 20 && local.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Friday;
    }

    public static bool WeeklyReport(DateTimeOffset utc)
    {
        var local = Local(utc);
        return local.DayOfWeek == DayOfWeek.Monday && local.Hour == 7 && local.Minute == 0;
    }

    public static bool BudgetCheck(DateTimeOffset utc) => utc.Minute == 0 && utc.Hour % 6 == 0;

    /// <summary>An EventBridge scheduled event from the rule <paramref name="rule"/>.</summary>
    public static string ScheduledEvent(DateTimeOffset utc, string rule) =>
        $$"""{"version":"0","id":"{{rule}}-{{utc.ToUnixTimeSeconds()}}","detail-type":"Scheduled Event","source":"aws.events","account":"123456789012","time":"{{utc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}","region":"{{SeedFleet.Region}}","resources":["arn:aws:events:{{SeedFleet.Region}}:123456789012:rule/{{rule}}"],"detail":{} }""";

    public const string Boundary = """{"source":"costops.scheduler","trigger":"boundary","schedule":"office-hours"}""";
}
