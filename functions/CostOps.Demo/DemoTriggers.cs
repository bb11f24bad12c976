using System.Globalization;

namespace CostOps.Demo;

/// <summary>
/// The recurring triggers the deployment creates (EventBridge Scheduler, Los Angeles time, the payloads of
/// terraform/schedules.tf): the scheduler's 15-minute safety tick, the weekly report on Monday 07:00 and the budget
/// check every 6 hours. The boundary wake-ups are one-time schedules the scheduler sets itself in the simulated
/// account; the Spot manager's tick every 5 minutes.
/// </summary>
internal static class DemoTriggers
{
    public const string SafetyTick = """{"source":"costops.scheduler","trigger":"tick","schedule":"safety-tick"}""";
    public const string WeeklyReportInput = """{"command":"report"}""";
    public const string BudgetCheckInput = """{"command":"check"}""";
    public const string SpotTickInput = """{"source":"costops.scheduler","trigger":"tick","schedule":"spot-tick"}""";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(SeedFleet.Zone);

    public static DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static bool SchedulerTick(DateTimeOffset utc) => utc.Minute % 15 == 0;

    public static bool SpotTick(DateTimeOffset utc) => utc.Minute % 5 == 0;

    public static bool WeeklyReport(DateTimeOffset utc)
    {
        var local = Local(utc);
        return local.DayOfWeek == DayOfWeek.Monday && local.Hour == 7 && local.Minute == 0;
    }

    public static bool BudgetCheck(DateTimeOffset utc) => utc.Minute == 0 && utc.Hour % 6 == 0;
}
