using System.Globalization;
using CostOps.Core.Costs;

namespace CostOps.Reports.Text;

/// <summary>The scheduler-activity section of the text email.</summary>
internal static class ActivityText
{
    public static void Write(TextLayout t, SchedulerActivitySummary a)
    {
        t.Heading("Scheduler activity");
        Count(t, "Stops", a.Stops, []);
        Count(t, "Starts", a.Starts, []);
        Count(t, "Failures", a.Failures, []);
        foreach (var reason in a.FailureReasons.Count > 0 ? a.FailureReasons : a.FailedServices)
        {
            t.Wrapped(reason, "    ", "      ");
        }

        Count(t, "Drift (started outside CostOps)", a.Drift, a.DriftServices);
        Count(t, "Overrides in force", a.OverridesInForce, a.OverrideInForceServices);
        Count(t, "Overrides expired", a.OverridesExpired, a.OverrideExpiredServices);
        Count(t, "Overrides malformed (fix the tag)", a.OverridesMalformed, a.OverrideMalformedServices);
        if (a.Wakes > 0)
        {
            Count(t, "Woken on request (wake page or URL)", a.Wakes, a.WokenServices);
        }

        if (a.RunningOutsideSchedule.Count > 0)
        {
            t.Line("  Running outside their schedule now:");
            foreach (var s in a.RunningOutsideSchedule)
            {
                var reason = s.Detail.Length == 0 ? s.Reason.ToString() : $"{s.Reason}: {s.Detail}";
                t.Wrapped($"{s.ClusterName}/{s.ServiceName} ({reason})", "    ", "      ");
            }
        }
    }

    private static void Count(TextLayout t, string label, int count, IReadOnlyList<string> services)
    {
        t.Row(label, count.ToString(CultureInfo.InvariantCulture));
        if (services.Count > 0)
        {
            t.Wrapped(string.Join(", ", services), "    ", "    ");
        }
    }
}
