using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Runs on each day of <paramref name="Days"/> from <paramref name="StartMinute"/> (0..1439) to
/// <paramref name="EndMinute"/> (0..1440, local minutes of the day). End &lt;= start means an overnight
/// period that ends on the next day; the period belongs to the day it starts on.
/// </summary>
/// <param name="Text">Canonical text, e.g. "mon-fri 08:00-20:00", used in reasons and errors.</param>
internal sealed record RunningPeriod(WeekdaySet Days, int StartMinute, int EndMinute, string Text)
{
    public const int MinutesPerDay = 1440;

    public bool IsOvernight => EndMinute <= StartMinute;

    /// <summary>Length in minutes; an overnight period with end == start lasts 24 hours.</summary>
    public int DurationMinutes => IsOvernight ? EndMinute + MinutesPerDay - StartMinute : EndMinute - StartMinute;

    public LocalDateTime StartOn(LocalDate date) => date.At(TimeOf(StartMinute));

    public LocalDateTime EndFor(LocalDate startDate)
    {
        var endDate = IsOvernight || EndMinute == MinutesPerDay ? startDate.PlusDays(1) : startDate;
        return endDate.At(TimeOf(EndMinute % MinutesPerDay));
    }

    public static string FormatMinute(int minute) =>
        FormattableString.Invariant($"{minute / 60:00}:{minute % 60:00}");

    private static LocalTime TimeOf(int minute) => new(minute / 60, minute % 60);
}
