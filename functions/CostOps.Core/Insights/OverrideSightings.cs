using System.Globalization;
using CostOps.Core.Activity;

namespace CostOps.Core.Insights;

/// <summary>
/// Builds <see cref="OverrideSighting"/>s from what CostOps already keeps: the services running under an override now
/// (fleet status) and the activity log, whose first override record for a service is when CostOps first saw it.
/// </summary>
public static class OverrideSightings
{
    private const string UntilPrefix = "keep-running until ";
    private const string ValuePrefix = "keep-running value '";

    public static IReadOnlyList<OverrideSighting> From(IEnumerable<OffScheduleService> running, IEnumerable<ServiceActivity> activity)
    {
        var records = activity
            .Where(a => a.Kind is ActivityKind.OverrideInForce or ActivityKind.OverrideMalformed)
            .GroupBy(a => (a.ClusterName, a.ServiceName))
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.At).ToList());
        var sightings = new List<OverrideSighting>();
        foreach (var service in running.Where(r => r.Reason is ActivityKind.OverrideInForce or ActivityKind.OverrideMalformed))
        {
            var seen = records.TryGetValue((service.ClusterName, service.ServiceName), out var list) ? list.Where(a => a.Kind == service.Reason).ToList() : [];
            var name = $"{service.ClusterName}/{service.ServiceName}";
            if (service.Reason == ActivityKind.OverrideInForce)
            {
                var until = ParseUntil(service.Detail);
                var value = seen.Select(a => a.Detail).Reverse().Append(service.Detail)
                    .Where(d => d.StartsWith(UntilPrefix, StringComparison.Ordinal)).Select(d => d[UntilPrefix.Length..].Trim()).FirstOrDefault();
                sightings.Add(new(name, value, until, seen.FirstOrDefault()?.At));
            }
            else
            {
                sightings.Add(new(name, seen.Select(a => QuotedValue(a.Detail)).FirstOrDefault(v => v is not null), null, seen.FirstOrDefault()?.At));
            }
        }

        return sightings;
    }

    private static DateTimeOffset? ParseUntil(string detail) =>
        detail.StartsWith(UntilPrefix, StringComparison.Ordinal)
        && DateTimeOffset.TryParse(detail[UntilPrefix.Length..].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
            ? until
            : null;

    private static string? QuotedValue(string detail)
    {
        var start = detail.IndexOf(ValuePrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += ValuePrefix.Length;
        var end = detail.IndexOf("' ", start, StringComparison.Ordinal);
        return end >= start ? detail[start..end] : null;
    }
}
