using System.Text;
using CostOps.Core.Costs;
using CostOps.Core.Insights;
using static CostOps.Reports.Html.Markup;
using static CostOps.Reports.InsightsFormat;

namespace CostOps.Reports.Html;

/// <summary>Anomalies, right-sizing, runaway guard and long overrides in the HTML report; nothing when not configured.</summary>
internal static class InsightsHtml
{
    public static void Write(StringBuilder h, WeeklyReport report)
    {
        if (report.Insights is not { } insights)
        {
            return;
        }

        h.Append("<section><h2>Cost anomalies this week</h2>");
        if (insights.Anomalies is { Anomalies.Count: > 0 } findings)
        {
            h.Append("<ul>");
            foreach (var anomaly in findings.Anomalies.OrderByDescending(a => a.TotalImpact ?? a.MaxImpact))
            {
                h.Append("<li>").Append(Escape(AnomalyLines.Summary(anomaly))).Append("<br/><span class=\"muted\">")
                    .Append(Escape(AnomalyLines.ConsoleLink(anomaly))).Append("</span></li>");
            }

            h.Append("</ul>");
        }
        else
        {
            Paragraph(h, insights.Anomalies?.Lines()[0] ?? insights.AnomalyProblem ?? string.Empty, "muted");
        }

        h.Append("</section>\n<section><h2>").Append(Escape(RightSizingHeading(insights))).Append("</h2>");
        if (insights.UtilizationProblem is { } problem)
        {
            Paragraph(h, problem, null);
            h.Append("</section>\n");
        }
        else
        {
            if (insights.RightSizing.Count > 0)
            {
                h.Append("<table><tr><th>Service</th><th>Size now -&gt; recommended</th><th>Observed</th><th class=\"num\">Saving</th></tr>");
                foreach (var r in insights.RightSizing)
                {
                    h.Append("<tr><td>").Append(Escape(r.Service)).Append("</td><td>").Append(Escape(Resize(r))).Append("</td><td>")
                        .Append(Escape(Observed(r))).Append("</td><td class=\"num\">").Append(Escape(PerMonth(r.MonthlySaving))).Append("</td></tr>");
                }

                h.Append("</table>");
            }

            foreach (var line in new[] { NoRightSizing(insights), WithoutData(insights) }.OfType<string>())
            {
                Paragraph(h, line, "muted");
            }

            Paragraph(h, RightSizingMethod, "method");
            h.Append("</section>\n<section><h2>Runaway-scaling guard</h2>");
            List(h, [.. insights.Runaway.Select(f => f.Line)], NoRunaway);
            Paragraph(h, RunawayMethod, "method");
            h.Append("</section>\n");
        }

        h.Append("<section><h2>Long keep-running overrides</h2>");
        List(h, insights.LongOverrides, NoLongOverride);
        h.Append("</section>\n");
    }

    private static void List(StringBuilder h, IReadOnlyList<string> lines, string whenEmpty)
    {
        if (lines.Count == 0)
        {
            Paragraph(h, whenEmpty, "muted");
            return;
        }

        h.Append("<ul>");
        foreach (var line in lines)
        {
            h.Append("<li>").Append(Escape(line)).Append("</li>");
        }

        h.Append("</ul>");
    }

    private static void Paragraph(StringBuilder h, string text, string? css) =>
        h.Append(css is null ? "<p>" : $"<p class=\"{css}\">").Append(Escape(text)).Append("</p>");
}
