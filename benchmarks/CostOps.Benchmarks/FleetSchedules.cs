using CostOps.Core.Schedules;

namespace CostOps.Benchmarks;

/// <summary>
/// The benchmark fleet's schedules: a named default and 20 distinct inline tags over five European zones and UTC,
/// all running on <see cref="On"/> and all stopped on <see cref="Off"/>, so each pass case is all-or-nothing.
/// </summary>
internal static class FleetSchedules
{
    /// <summary>Sunday 03:00 UTC: every schedule is off.</summary>
    public static readonly DateTimeOffset Off = new(2026, 6, 14, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The Wednesday after, 14:00 UTC: every schedule runs. Later than <see cref="Off"/>, as state timestamps require.</summary>
    public static readonly DateTimeOffset On = new(2026, 6, 17, 14, 0, 0, TimeSpan.Zero);

    public const string ConfigurationJson = """
        {
          "default": "office-hours",
          "timezone": "Europe/Berlin",
          "schedules": {
            "office-hours": { "timezone": "Europe/Berlin", "periods": ["mon-fri 08:00-20:00"], "skipDates": ["2026-12-25"], "startLeadMinutes": 10 },
            "support": { "timezone": "Europe/London", "periods": ["mon-fri 07:00-19:00"] }
          }
        }
        """;

    private static readonly string[] Patterns =
    [
        "mon-fri 07:00-19:00",
        "weekdays 08:00-20:00 lead=15",
        "mon-fri 08:00-12:00 13:00-19:00",
        "mon+wed+fri 06:30-21:00 skip=2026-12-25+2026-12-26",
    ];

    private static readonly string[] Zones = ["Europe/Berlin", "Europe/London", "Europe/Paris", "Europe/Helsinki", "UTC"];

    /// <summary>20 distinct inline expressions.</summary>
    public static IReadOnlyList<string> InlineTags { get; } = [.. Zones.SelectMany(z => Patterns.Select(p => $"{p} {z}"))];

    /// <summary>Every 21st service has no schedule tag and follows the default; the others cycle through the inline tags.</summary>
    public static string? TagFor(int service) => service % 21 == 20 ? null : InlineTags[service % 21];

    public static ScheduleDecider NewDecider() => new(ScheduleConfiguration.FromJson(ConfigurationJson));
}
