namespace CostOps.Core.Schedules;

/// <summary>Time ranges "HH:MM-HH:MM" (hour may have one digit); starts 00:00..23:59, ends 00:00..24:00.</summary>
internal static class TimeRangeParser
{
    public static (int Start, int End) Parse(string token, int position)
    {
        var parts = token.Split('-');
        if (parts.Length != 2)
        {
            throw new ScheduleSyntaxException($"'{token}' at position {position} is not a time range: expected HH:MM-HH:MM, e.g. 08:00-20:00");
        }

        return (ParseTime(parts[0], token, position, isEnd: false), ParseTime(parts[1], token, position, isEnd: true));
    }

    private static int ParseTime(string text, string token, int position, bool isEnd)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var hourText = colon < 0 ? text : text[..colon];
        var minuteText = colon < 0 ? "" : text[(colon + 1)..];
        if (hourText.Length is < 1 or > 2 || minuteText.Length != 2 || !hourText.All(char.IsAsciiDigit) || !minuteText.All(char.IsAsciiDigit))
        {
            throw new ScheduleSyntaxException($"'{text}' in '{token}' at position {position} is not a time: expected HH:MM, e.g. 08:00");
        }

        var hour = int.Parse(hourText, System.Globalization.CultureInfo.InvariantCulture);
        var minute = int.Parse(minuteText, System.Globalization.CultureInfo.InvariantCulture);
        if (minute > 59 || hour > 24 || (hour == 24 && (minute != 0 || !isEnd)))
        {
            var rule = isEnd ? "00:00 to 23:59, or 24:00 as an end" : "00:00 to 23:59 (24:00 only as an end)";
            throw new ScheduleSyntaxException($"'{text}' in '{token}' at position {position} is out of range: times go from {rule}");
        }

        return (hour * 60) + minute;
    }
}
