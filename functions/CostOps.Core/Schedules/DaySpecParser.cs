using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Day specs: items joined by '+'; an item is a day (mon..sun or monday..sunday), a range day-day that
/// may wrap (fri-mon = fri, sat, sun, mon), or one of daily, weekdays (mon-fri), weekends (sat+sun).
/// Case-insensitive.
/// </summary>
internal static class DaySpecParser
{
    private const string Expected = "expected mon, tue, wed, thu, fri, sat, sun (or a range like mon-fri), daily, weekdays or weekends";

    /// <summary>True when the token can only be meant as a day spec: letters joined by '-' or '+', or a single day word.</summary>
    public static bool LooksLikeDaySpec(string token) =>
        token.Length > 0 && char.IsAsciiLetter(token[0]) && token.All(c => char.IsAsciiLetter(c) || c is '-' or '+')
        && (token.Contains('-', StringComparison.Ordinal) || token.Contains('+', StringComparison.Ordinal) || IsDayWord(token));

    private static bool IsDayWord(string word) => DayWords.Contains(word);

    private static readonly HashSet<string> DayWords = new(
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "daily", "weekdays", "weekends"],
        StringComparer.OrdinalIgnoreCase);

    public static WeekdaySet Parse(string token, int position)
    {
        var set = WeekdaySet.Empty;
        foreach (var item in token.Split('+'))
        {
            set = set.Union(ParseItem(item, token, position));
        }

        return set;
    }

    private static WeekdaySet ParseItem(string item, string token, int position)
    {
        switch (item.ToUpperInvariant())
        {
            case "":
                throw new ScheduleSyntaxException($"empty day in '{token}' at position {position}: {Expected}");
            case "DAILY":
                return Range(IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday);
            case "WEEKDAYS":
                return Range(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday);
            case "WEEKENDS":
                return Range(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday);
        }

        var ends = item.Split('-');
        if (ends.Length > 2)
        {
            throw new ScheduleSyntaxException($"'{item}' in '{token}' at position {position} is not a day range: expected two days like mon-fri");
        }

        var first = Day(ends[0], token, position);
        var last = ends.Length == 2 ? Day(ends[1], token, position) : first;
        return Range(first, last);
    }

    private static WeekdaySet Range(IsoDayOfWeek first, IsoDayOfWeek last)
    {
        var set = WeekdaySet.Empty.With(first);
        for (var day = first; day != last;)
        {
            day = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1;
            set = set.With(day);
        }

        return set;
    }

    private static IsoDayOfWeek Day(string name, string token, int position) => name.ToUpperInvariant() switch
    {
        "MON" or "MONDAY" => IsoDayOfWeek.Monday,
        "TUE" or "TUESDAY" => IsoDayOfWeek.Tuesday,
        "WED" or "WEDNESDAY" => IsoDayOfWeek.Wednesday,
        "THU" or "THURSDAY" => IsoDayOfWeek.Thursday,
        "FRI" or "FRIDAY" => IsoDayOfWeek.Friday,
        "SAT" or "SATURDAY" => IsoDayOfWeek.Saturday,
        "SUN" or "SUNDAY" => IsoDayOfWeek.Sunday,
        "" => throw new ScheduleSyntaxException($"missing day in '{token}' at position {position}: {Expected}"),
        _ => throw new ScheduleSyntaxException($"unknown day '{name}' in '{token}' at position {position}: {Expected}"),
    };
}
