using CostOps.Core.Costs;
using CostOps.Core.Insights;
using static CostOps.Reports.InsightsFormat;

namespace CostOps.Reports.Text;

/// <summary>Anomalies, right-sizing, runaway guard and long overrides in the text email; nothing when not configured.</summary>
internal static class InsightsText
{
    public static void Write(TextLayout t, WeeklyReport report)
    {
        if (report.Insights is not { } insights)
        {
            return;
        }

        t.Heading("Cost anomalies this week");
        if (insights.Anomalies is { } findings)
        {
            if (findings.Anomalies.Count == 0)
            {
                t.Wrapped(findings.Lines()[0]);
            }

            foreach (var anomaly in findings.Anomalies.OrderByDescending(a => a.TotalImpact ?? a.MaxImpact))
            {
                t.Wrapped(AnomalyLines.Summary(anomaly), "  - ", "    ");
                t.Line(AnomalyLines.ConsoleLink(anomaly));
            }
        }
        else
        {
            t.Wrapped(insights.AnomalyProblem ?? string.Empty);
        }

        t.Heading(RightSizingHeading(insights));
        if (insights.UtilizationProblem is { } problem)
        {
            t.Wrapped(problem);
        }
        else
        {
            foreach (var r in insights.RightSizing)
            {
                t.Row(r.Service, PerMonth(r.MonthlySaving));
                t.Wrapped(Resize(r) + "; " + Observed(r), "    ", "    ");
            }

            foreach (var line in new[] { NoRightSizing(insights), WithoutData(insights) }.OfType<string>())
            {
                t.Wrapped(line);
            }

            t.Wrapped(RightSizingMethod);
            t.Heading("Runaway-scaling guard");
            t.Wrapped(RunawayMethod);
            foreach (var finding in insights.Runaway)
            {
                t.Wrapped(finding.Line, "  - ", "    ");
            }

            if (insights.Runaway.Count == 0)
            {
                t.Wrapped(NoRunaway);
            }
        }

        t.Heading("Long keep-running overrides");
        foreach (var line in insights.LongOverrides)
        {
            t.Wrapped(line, "  - ", "    ");
        }

        if (insights.LongOverrides.Count == 0)
        {
            t.Wrapped(NoLongOverride);
        }
    }
}
