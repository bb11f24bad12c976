using System.Globalization;

namespace CostOps.Core.Insights;

/// <summary>Overrides that keep a service running with no end, or with an end more than a week away.</summary>
public static class LongOverrides
{
    public static readonly TimeSpan Limit = TimeSpan.FromDays(7);

    public static IReadOnlyList<string> Find(IEnumerable<OverrideSighting> sightings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sightings);
        return [.. sightings
            .Where(s => s.Until is null || s.Until.Value - now > Limit)
            .OrderBy(s => s.Until ?? DateTimeOffset.MaxValue).ThenBy(s => s.Service, StringComparer.Ordinal)
            .Select(s => Describe(s, now))];
    }

    private static string Describe(OverrideSighting sighting, DateTimeOffset now)
    {
        var end = sighting.Until is { } until
            ? string.Create(CultureInfo.InvariantCulture, $"until {until.ToUniversalTime():yyyy-MM-dd HH:mm} UTC ({(int)(until - now).TotalDays} days away)")
            : "with no end";
        var value = sighting.TagValue is null ? "tag value not recorded" : $"tag value '{sighting.TagValue}'";
        var seen = sighting.FirstSeen is { } first
            ? string.Create(CultureInfo.InvariantCulture, $"first seen {first.ToUniversalTime():yyyy-MM-dd HH:mm} UTC")
            : "first sighting not recorded";
        return $"{sighting.Service}: kept running {end}; {value}, {seen}";
    }
}
