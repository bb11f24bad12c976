using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>IANA zone lookup that ignores case ("europe/berlin" finds Europe/Berlin); only TZDB names, no aliases like "pt".</summary>
internal static class TimeZoneNames
{
    private static readonly Dictionary<string, string> Ids = BuildIds();

    public static DateTimeZone? Find(string name) =>
        Ids.TryGetValue(name, out var id) ? DateTimeZoneProviders.Tzdb[id] : null;

    private static Dictionary<string, string> BuildIds()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in DateTimeZoneProviders.Tzdb.Ids)
        {
            ids.TryAdd(id, id);
        }

        return ids;
    }
}
