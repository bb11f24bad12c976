using NodaTime;

namespace CostOps.Core.Costs;

/// <summary>
/// The dates a weekly report covers: the ISO week in the configured zone, and the 14 days
/// (previous week + this week) fetched from Cost Explorer. Cost Explorer days are UTC calendar days.
/// </summary>
public sealed record ReportWindow(IsoWeek Week, DateTimeZone Zone)
{
    public const int Days = 14;

    public LocalDate WeekStart => Week.Monday;

    public LocalDate WeekEnd => Week.Sunday;

    /// <summary>First day of the 14 fetched (Monday of the previous week).</summary>
    public DateOnly CostStart => Week.Monday.PlusDays(-7).ToDateOnly();

    /// <summary>Exclusive end of the fetched days, as Cost Explorer expects (the Monday after the week).</summary>
    public DateOnly CostEnd => Week.Monday.PlusDays(7).ToDateOnly();

    public DateTimeOffset StartsAt => Zone.AtStartOfDay(Week.Monday).ToDateTimeOffset();

    /// <summary>Exclusive end: the start of the following Monday in the zone.</summary>
    public DateTimeOffset EndsAt => Zone.AtStartOfDay(Week.Monday.PlusDays(7)).ToDateTimeOffset();

    public IReadOnlyList<DateOnly> AllDays =>
        Enumerable.Range(0, Days).Select(i => CostStart.AddDays(i)).ToArray();

    public bool IsInWeek(DateOnly day) => day >= Week.Monday.ToDateOnly() && day < CostEnd;

    public bool IsInPreviousWeek(DateOnly day) => day >= CostStart && day < Week.Monday.ToDateOnly();
}
