using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CostOps.Core.Schedules;

// Grammar of a schedule expression (the value of the costops:schedule tag when it is not a schedule
// name or "none"; the config's "periods" strings use the group part only). Keywords and zone names
// ignore case. A range belongs to the day spec it directly follows (or the range before it).
//
//   expression := item { " " item }                      tokens are separated by one or more spaces
//   item       := group | zone | option                 zone and options may appear at most once each
//   group      := dayspec range { range }               every day spec needs at least one range
//   dayspec    := dayitem { "+" dayitem }               mon+wed-fri
//   dayitem    := day | day "-" day | "daily" | "weekdays" | "weekends"   ranges may wrap: fri-mon
//   day        := mon | tue | wed | thu | fri | sat | sun   (or the full English name)
//   range      := time "-" time                         end <= start: overnight, ends the next day
//   time       := H[H]:MM                               00:00..23:59; 24:00 allowed as an end
//   zone       := an IANA time zone name                Europe/Berlin, UTC, America/Argentina/Buenos_Aires
//   option     := "skip=" date { "+" date }             YYYY-MM-DD in the schedule's zone
//               | "lead=" minutes                       0..720: start this many minutes early
//
// Only characters ECS allows in tag values are accepted (letters, digits, space, + - = . _ : / @),
// at most 256 of them. Example: "mon-fri 08:00-12:00 13:00-18:00 sat 09:00-13:00 Europe/Berlin lead=10".
// Errors name the offending token, its 1-based character position, and what was expected there.
internal static class ScheduleExpressionParser
{
    public const int MaxLength = 256;
    public const string AllowedPunctuation = " +-=._:/@";
    private const string ExpectedItem =
        "expected a day spec (mon-fri, sat+sun, daily, weekdays, weekends), a time range HH:MM-HH:MM, " +
        "an IANA time zone (Europe/Berlin, UTC), skip=YYYY-MM-DD or lead=MINUTES";

    /// <summary>A full tag expression: groups, optional zone and options.</summary>
    public static ParsedExpression ParseExpression(string text) => Parse(text, allowZoneAndOptions: true);

    /// <summary>Only day-spec groups, as in the configuration's "periods" strings.</summary>
    public static IReadOnlyList<RunningPeriod> ParsePeriods(string text) => Parse(text, allowZoneAndOptions: false).Periods;

    /// <summary>Null when the text is a valid tag value; otherwise why not.</summary>
    public static string? CheckTagCharacters(string text)
    {
        if (text.Length > MaxLength)
        {
            return $"it is {text.Length} characters long: tag values are limited to {MaxLength}";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) && !AllowedPunctuation.Contains(c, StringComparison.Ordinal))
            {
                return $"character '{c}' at position {i + 1} is not allowed in a tag value: use only letters, digits, spaces and + - = . _ : / @ (separate periods with spaces)";
            }
        }

        return null;
    }

    private static ParsedExpression Parse(string text, bool allowZoneAndOptions)
    {
        if (CheckTagCharacters(text) is { } problem)
        {
            throw new ScheduleSyntaxException(problem);
        }

        var state = new ParseState();
        foreach (var (token, position) in Tokenize(text))
        {
            if (char.IsAsciiDigit(token[0]))
            {
                state.AddRange(token, position);
                continue;
            }

            state.CloseGroup();
            if (token.Contains('=', StringComparison.Ordinal))
            {
                RequireAllowed(allowZoneAndOptions, token, position, "options belong in the skipDates and startLeadMinutes fields");
                ParseOption(state, token, position);
            }
            else if (TimeZoneNames.Find(token) is { } zone)
            {
                RequireAllowed(allowZoneAndOptions, token, position, "the time zone belongs in the timezone field");
                state.Zone = state.Zone is null ? zone : throw Duplicate("time zone", token, position);
            }
            else if (DaySpecParser.LooksLikeDaySpec(token))
            {
                state.OpenGroup(DaySpecParser.Parse(token, position), token, position);
            }
            else if (token.Contains('/', StringComparison.Ordinal))
            {
                throw new ScheduleSyntaxException($"'{token}' at position {position} is not an IANA time zone name: expected a name such as Europe/Berlin, America/New_York or UTC");
            }
            else
            {
                throw new ScheduleSyntaxException($"unexpected '{token}' at position {position}: {ExpectedItem}");
            }
        }

        state.CloseGroup();
        if (state.Periods.Count == 0)
        {
            throw new ScheduleSyntaxException($"'{text}' has no running period: expected at least one day spec with a time range, e.g. mon-fri 08:00-20:00");
        }

        return new ParsedExpression(state.Periods, state.Zone, state.SkipDates ?? [], state.LeadMinutes ?? 0);
    }

    private static void ParseOption(ParseState state, string token, int position)
    {
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        var key = token[..equals];
        var value = token[(equals + 1)..];
        if (key.Equals("skip", StringComparison.OrdinalIgnoreCase))
        {
            state.SkipDates = state.SkipDates is null ? ParseSkipDates(value, token, position) : throw Duplicate("skip option", token, position);
        }
        else if (key.Equals("lead", StringComparison.OrdinalIgnoreCase))
        {
            state.LeadMinutes = state.LeadMinutes is null ? ParseLead(value, token, position) : throw Duplicate("lead option", token, position);
        }
        else
        {
            throw new ScheduleSyntaxException($"unknown option '{key}' in '{token}' at position {position}: expected skip=YYYY-MM-DD or lead=MINUTES");
        }
    }

    private static HashSet<LocalDate> ParseSkipDates(string value, string token, int position)
    {
        var dates = new HashSet<LocalDate>();
        foreach (var item in value.Split('+'))
        {
            var parsed = LocalDatePattern.Iso.Parse(item);
            dates.Add(parsed.Success && item.Length == 10
                ? parsed.Value
                : throw new ScheduleSyntaxException($"skip date '{item}' in '{token}' at position {position} is not a date: expected YYYY-MM-DD, several joined by +"));
        }

        return dates;
    }

    private static int ParseLead(string value, string token, int position) =>
        value.Length is > 0 and <= 3 && value.All(char.IsAsciiDigit) && int.Parse(value, CultureInfo.InvariantCulture) is var lead and <= Schedule.MaxLeadMinutes
            ? lead
            : throw new ScheduleSyntaxException($"'{token}' at position {position} has a bad lead time: expected lead=MINUTES with 0 to {Schedule.MaxLeadMinutes} minutes");

    private static void RequireAllowed(bool allowed, string token, int position, string hint)
    {
        if (!allowed)
        {
            throw new ScheduleSyntaxException($"'{token}' at position {position} is not allowed here: only day specs and time ranges are; {hint}");
        }
    }

    private static ScheduleSyntaxException Duplicate(string what, string token, int position) =>
        new($"second {what} '{token}' at position {position}: give it only once");

    private static IEnumerable<(string Token, int Position)> Tokenize(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            yield return (text[start..i], start + 1);
        }
    }
}
