using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>What the expression parser has read so far; a group is a day spec and the ranges after it.</summary>
internal sealed class ParseState
{
    private WeekdaySet? days;
    private string dayText = "";
    private int dayPosition;
    private bool groupHasRange;

    public List<RunningPeriod> Periods { get; } = [];

    public DateTimeZone? Zone { get; set; }

    public HashSet<LocalDate>? SkipDates { get; set; }

    public int? LeadMinutes { get; set; }

    public void OpenGroup(WeekdaySet daySet, string token, int position)
    {
        days = daySet;
        dayText = token.ToLowerInvariant();
        dayPosition = position;
        groupHasRange = false;
    }

    public void AddRange(string token, int position)
    {
        if (days is not { } set)
        {
            throw new ScheduleSyntaxException($"time range '{token}' at position {position} has no day spec right before it: expected a day spec such as mon-fri or daily first");
        }

        var (start, end) = TimeRangeParser.Parse(token, position);
        Periods.Add(new RunningPeriod(set, start, end, $"{dayText} {RunningPeriod.FormatMinute(start)}-{RunningPeriod.FormatMinute(end)}"));
        groupHasRange = true;
    }

    public void CloseGroup()
    {
        if (days is not null && !groupHasRange)
        {
            throw new ScheduleSyntaxException($"day spec '{dayText}' at position {dayPosition} has no time range: expected HH:MM-HH:MM after it, e.g. {dayText} 08:00-20:00");
        }

        days = null;
    }
}
