using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// A validated schedule: running periods evaluated in one IANA zone. A period whose start date is in
/// <see cref="SkipDates"/> does not run. <see cref="LeadMinutes"/> (0..720) moves each period's start
/// instant that many minutes earlier so services are warm at opening time.
/// </summary>
internal sealed class Schedule
{
    public const int MaxLeadMinutes = 720;

    public Schedule(DateTimeZone zone, IReadOnlyList<RunningPeriod> periods, IReadOnlySet<LocalDate> skipDates, int leadMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(leadMinutes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(leadMinutes, MaxLeadMinutes);
        Zone = zone;
        Periods = periods;
        SkipDates = skipDates;
        LeadMinutes = leadMinutes;
        Description = string.Join(' ', periods.Select(p => p.Text)) + " " + zone.Id;
    }

    public DateTimeZone Zone { get; }

    public IReadOnlyList<RunningPeriod> Periods { get; }

    public IReadOnlySet<LocalDate> SkipDates { get; }

    public int LeadMinutes { get; }

    /// <summary>Periods and zone, e.g. "mon-fri 08:00-20:00 Europe/Berlin".</summary>
    public string Description { get; }
}
