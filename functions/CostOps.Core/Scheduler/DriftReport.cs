using System.Globalization;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Core.Scheduler;

/// <summary>Words a manual start during off-hours for people, with who/when when the service's events tell.</summary>
internal static class DriftReport
{
    public static string Describe(ManagedService service, SavedSnapshot snapshot)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"desired count {service.DesiredCount} although CostOps stopped it at {snapshot.SavedAt:O}");
        var first = service.RecentEvents
            .Where(e => e.At > snapshot.SavedAt)
            .OrderBy(e => e.At)
            .FirstOrDefault();
        return first is null
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text}; first service event after the stop: {first.At:O} \"{first.Message}\"");
    }
}
