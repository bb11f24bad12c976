using System.Text.Json;
using CostOps.Core.Configuration;
using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>
/// Validated named schedules, the default schedule and the default zone for inline tag expressions.
/// Build it once at start with <see cref="FromJson"/>: an invalid configuration throws, naming each field.
/// </summary>
public sealed class ScheduleConfiguration
{
    public const string EnvironmentVariable = "COSTOPS_SCHEDULES";

    internal ScheduleConfiguration(IReadOnlyDictionary<string, Schedule> schedules, string? defaultName, DateTimeZone? defaultZone)
    {
        Schedules = schedules;
        DefaultName = defaultName;
        DefaultZone = defaultZone;
    }

    /// <summary>No named schedules and no default: only services with an inline expression naming a zone are managed.</summary>
    public static ScheduleConfiguration Empty { get; } =
        new(new Dictionary<string, Schedule>(StringComparer.OrdinalIgnoreCase), null, null);

    public IReadOnlyCollection<string> ScheduleNames => [.. Schedules.Keys];

    public string? DefaultScheduleName => DefaultName;

    /// <summary>Keyed case-insensitively, as tag values are matched.</summary>
    internal IReadOnlyDictionary<string, Schedule> Schedules { get; }

    internal string? DefaultName { get; }

    internal DateTimeZone? DefaultZone { get; }

    /// <summary>How COSTOPS_SCHEDULES looks, for error messages.</summary>
    public const string Expected =
        "named schedules as JSON, e.g. {\"default\":\"office-hours\",\"schedules\":{\"office-hours\":{\"timezone\":\"Europe/Berlin\",\"periods\":[\"mon-fri 08:00-20:00\"]}}}";

    /// <summary>Parses and validates the JSON; null or blank gives <see cref="Empty"/>.</summary>
    /// <exception cref="ScheduleConfigurationException">Every problem found, each with its field path.</exception>
    public static ScheduleConfiguration FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        ScheduleConfigurationDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ScheduleJsonContext.Default.ScheduleConfigurationDocument);
        }
        catch (JsonException error)
        {
            throw new ScheduleConfigurationException([JsonErrorText.Describe(error, ExpectedAt)]);
        }

        return document is null
            ? throw new ScheduleConfigurationException(["$: is null: expected an object with \"default\" and \"schedules\""])
            : ScheduleConfigurationValidator.Validate(document);
    }

    /// <summary>What belongs at a JSON path of the document, in the README's terms.</summary>
    private static string? ExpectedAt(string path)
    {
        var inList = path.EndsWith(']') && !path.EndsWith("']", StringComparison.Ordinal);
        var parent = inList ? path[..path.LastIndexOf('[')] : path;
        var field = parent[(parent.LastIndexOf('.') + 1)..];
        var isSchedule = !inList && (path.StartsWith("$.schedules[", StringComparison.Ordinal)
            ? path.IndexOf("']", StringComparison.Ordinal) == path.Length - 2
            : path.StartsWith("$.schedules.", StringComparison.Ordinal) && path.Count(c => c == '.') == 2);
        if (isSchedule)
        {
            return "a schedule: an object with \"timezone\", \"periods\" and optionally \"skipDates\" and \"startLeadMinutes\"";
        }

        return (field, inList) switch
        {
            ("periods", true) => "a period in quotes, e.g. \"mon-fri 08:00-20:00\"",
            ("periods", false) => "a list of periods, e.g. [\"mon-fri 08:00-20:00\", \"sat 10:00-14:00\"]",
            ("skipDates", true) => "a date in quotes, e.g. \"2026-12-25\"",
            ("skipDates", false) => "a list of dates, e.g. [\"2026-12-25\", \"2026-12-26\"]",
            ("startLeadMinutes", _) => $"a whole number of minutes from 0 to {Schedule.MaxLeadMinutes}",
            ("timezone", _) => "an IANA time zone name in quotes, e.g. \"Europe/Berlin\"",
            ("default", _) => "the name of one of the schedules, in quotes",
            ("schedules", _) => "an object of named schedules, e.g. {\"office-hours\":{…}}",
            ("$", _) => "an object with \"schedules\" and optionally \"default\" and \"timezone\"",
            _ => null,
        };
    }
}
