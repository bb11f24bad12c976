using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace CostOps.Core.Costs;

/// <summary>An ISO-8601 week (Monday to Sunday), written "2026-W47".</summary>
public readonly record struct IsoWeek
{
    public IsoWeek(int year, int week)
    {
        if (year < 2000 || year > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "ISO week year must be between 2000 and 9998.");
        }

        var weeks = WeekYearRules.Iso.GetWeeksInWeekYear(year);
        if (week < 1 || week > weeks)
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO year {year} has weeks 1 to {weeks}.");
        }

        Year = year;
        Week = week;
    }

    public int Year { get; }

    public int Week { get; }

    public LocalDate Monday => WeekYearRules.Iso.GetLocalDate(Year, Week, IsoDayOfWeek.Monday);

    public LocalDate Sunday => Monday.PlusDays(6);

    public IsoWeek Previous => Containing(Monday.PlusDays(-7));

    public static IsoWeek Containing(LocalDate date) =>
        new(WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date));

    /// <summary>The last ISO week that has fully ended at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static IsoWeek LastFullWeek(Instant now, DateTimeZone zone) =>
        Containing(now.InZone(zone).Date).Previous;

    /// <summary>Parses "2026-W47" (also accepts "2026-w47"); the error says what was expected.</summary>
    public static bool TryParse(string? text, out IsoWeek week, out string error)
    {
        week = default;
        var t = text?.Trim() ?? string.Empty;
        var parts = t.Split('-');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length != 3 || char.ToUpperInvariant(parts[1][0]) != 'W'
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            error = $"\"{text}\" is not an ISO week; write it as YYYY-Www, e.g. 2026-W47.";
            return false;
        }

        if (year < 2000 || year > 9998 || number < 1 || number > WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            error = $"\"{text}\" does not exist: ISO year {year} has weeks 1 to {(year is >= 2000 and <= 9998 ? WeekYearRules.Iso.GetWeeksInWeekYear(year) : 0)}.";
            return false;
        }

        week = new IsoWeek(year, number);
        error = string.Empty;
        return true;
    }

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week, out var error) ? week : throw new FormatException(error);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
