using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CostOps.Hosting.Events;

/// <summary>An ISO-8601 week such as <c>2026-W47</c>; the week exists in that year (52 or 53 weeks).</summary>
public readonly record struct IsoWeek
{
    private IsoWeek(int year, int week)
    {
        Year = year;
        Week = week;
    }

    public int Year { get; }

    public int Week { get; }

    /// <summary>Monday of the week.</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public static bool TryParse(string? text, [NotNullWhen(true)] out IsoWeek? week)
    {
        week = null;
        if (text is null || text.Length != 8 || text[4] != '-' || text[5] != 'W')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
