using System.Text.Json;
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
            throw new ScheduleConfigurationException([$"{error.Path ?? "$"}: not valid schedule JSON: {error.Message}"]);
        }

        return document is null
            ? throw new ScheduleConfigurationException(["$: is null: expected an object with \"default\" and \"schedules\""])
            : ScheduleConfigurationValidator.Validate(document);
    }
}
