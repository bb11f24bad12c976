using NodaTime;
using NodaTime.Text;

namespace CostOps.Core.Schedules;

/// <summary>Turns a configuration document into schedules, collecting every problem before throwing once.</summary>
internal static class ScheduleConfigurationValidator
{
    public static ScheduleConfiguration Validate(ScheduleConfigurationDocument document)
    {
        var problems = new List<string>();
        var schedules = new Dictionary<string, Schedule>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, entry) in document.Schedules ?? [])
        {
            var path = $"schedules.{name}";
            CheckName(name, path, names, problems);
            if (entry is null)
            {
                problems.Add($"{path}: is null: expected an object with timezone and periods");
            }
            else if (BuildSchedule(entry, path, problems) is { } schedule)
            {
                schedules.TryAdd(name, schedule);
            }
        }

        DateTimeZone? defaultZone = null;
        if (document.Timezone is { } zoneName)
        {
            defaultZone = Zone(zoneName, "timezone", problems);
        }

        var defaultName = document.Default;
        if (defaultName is not null && !names.Contains(defaultName))
        {
            var known = names.Count == 0 ? "none are defined" : "defined: " + string.Join(", ", names.Order(StringComparer.Ordinal));
            problems.Add($"default: '{defaultName}' is not a schedule in schedules ({known}): name one of them or remove default");
        }

        if (problems.Count > 0)
        {
            throw new ScheduleConfigurationException(problems);
        }

        defaultZone ??= defaultName is null ? null : schedules[defaultName].Zone;
        return new ScheduleConfiguration(schedules, defaultName, defaultZone);
    }

    private static void CheckName(string name, string path, HashSet<string> names, List<string> problems)
    {
        if (name.Length == 0 || name.Trim() != name)
        {
            problems.Add($"{path}: the name '{name}' is empty or starts or ends with a space: it must be usable as a costops:schedule tag value");
        }
        else if (ScheduleExpressionParser.CheckTagCharacters(name) is { } problem)
        {
            problems.Add($"{path}: the name '{name}' is not a valid tag value: {problem}");
        }
        else if (name.Equals(ScheduleDecider.NoneValue, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{path}: '{name}' is reserved (costops:schedule=none means unmanaged): choose another name");
        }

        if (!names.Add(name))
        {
            problems.Add($"{path}: differs only by case from another schedule name; tag values are matched ignoring case: rename one");
        }
    }

    private static Schedule? BuildSchedule(ScheduleDocument entry, string path, List<string> problems)
    {
        var before = problems.Count;
        var zone = entry.Timezone is null
            ? Add<DateTimeZone>(problems, $"{path}.timezone: missing: set an IANA time zone name such as Europe/Berlin")
            : Zone(entry.Timezone, $"{path}.timezone", problems);

        var periods = new List<RunningPeriod>();
        var sources = new List<int>();
        var periodTexts = entry.Periods ?? [];
        if (periodTexts.Count == 0)
        {
            problems.Add($"{path}.periods: the schedule has no periods: add at least one, e.g. \"mon-fri 08:00-20:00\"");
        }

        for (var i = 0; i < periodTexts.Count; i++)
        {
            try
            {
                var parsed = ScheduleExpressionParser.ParsePeriods(periodTexts[i] ?? "");
                periods.AddRange(parsed);
                sources.AddRange(parsed.Select(_ => i));
            }
            catch (ScheduleSyntaxException error)
            {
                problems.Add($"{path}.periods[{i}]: {error.Message}");
            }
        }

        foreach (var overlap in PeriodOverlap.Find(periods))
        {
            problems.Add($"{path}.periods: periods[{sources[overlap.First]}] and periods[{sources[overlap.Second]}] overlap: {overlap.Describe(periods)}; a schedule's periods must not overlap");
        }

        var skipDates = new HashSet<LocalDate>();
        var skipTexts = entry.SkipDates ?? [];
        for (var i = 0; i < skipTexts.Count; i++)
        {
            var parsed = LocalDatePattern.Iso.Parse(skipTexts[i] ?? "");
            if (parsed.Success && skipTexts[i]!.Length == 10)
            {
                skipDates.Add(parsed.Value);
            }
            else
            {
                problems.Add($"{path}.skipDates[{i}]: '{skipTexts[i]}' is not a date: expected YYYY-MM-DD, e.g. 2026-12-25");
            }
        }

        var lead = entry.StartLeadMinutes ?? 0;
        if (lead is < 0 or > Schedule.MaxLeadMinutes)
        {
            problems.Add($"{path}.startLeadMinutes: {lead} is out of range: use 0 to {Schedule.MaxLeadMinutes} minutes");
        }

        return problems.Count == before && zone is not null ? new Schedule(zone, periods, skipDates, lead) : null;
    }

    private static DateTimeZone? Zone(string name, string path, List<string> problems) =>
        TimeZoneNames.Find(name) ?? Add<DateTimeZone>(problems, $"{path}: '{name}' is not an IANA time zone name: use one such as Europe/Berlin, America/New_York or UTC");

    private static T? Add<T>(List<string> problems, string problem)
        where T : class
    {
        problems.Add(problem);
        return null;
    }
}
