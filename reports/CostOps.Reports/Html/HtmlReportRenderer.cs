using System.Globalization;
using System.Text;
using CostOps.Core.Costs;
using static CostOps.Reports.Html.Markup;
using static CostOps.Reports.ReportFormat;

namespace CostOps.Reports.Html;

/// <summary>The self-contained XHTML report: inline CSS and SVG, no scripts, no external assets.</summary>
internal static class HtmlReportRenderer
{
    public static string Render(WeeklyReport report)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        h.Append($"<title>{Escape(SubjectLine.For(report))}</title>\n<style>\n{HtmlStyle.Css}</style>\n</head>\n<body>\n<div class=\"page\">\n");
        h.Append($"<header><h1>CostOps weekly cost report &#183; {report.Window.Week}</h1>");
        h.Append($"<p>{Escape(WeekRange(report.Window))} ({Escape(report.Window.Zone.Id)}) &#183; {Escape(report.Metric)}</p></header>\n<main>\n");
        Kpis(h, report);
        AccountsHtml.Write(h, report);
        if (report.Totals is null)
        {
            Unavailable(h, report);
        }
        else
        {
            h.Append("<section><h2>Daily spend (USD)</h2>");
            h.Append(SvgCharts.DailySpend(report.Daily));
            h.Append($"<p class=\"legend note\"><span style=\"background:{SvgCharts.PreviousColor}\"></span>previous week<span style=\"background:{SvgCharts.CurrentColor}\"></span>this week{(report.Daily.Any(d => d.Estimated) ? " &#183; lighter bars and * are estimated" : string.Empty)}</p></section>\n");
            h.Append("<section><h2>Top services this week</h2>");
            var bars = report.TopServices.Select(g => (g.Name, g.ThisWeek, SvgCharts.CurrentColor)).ToList();
            h.Append(bars.Count == 0 ? "<p class=\"muted\">No service had spend in these two weeks.</p>" : SvgCharts.HorizontalBars("top-services", "Top services this week", bars));
            GroupTable(h, report.OtherServices is null ? report.TopServices : [.. report.TopServices, report.OtherServices], null);
            h.Append("</section>\n<section><h2>Biggest movers</h2>");
            GroupTable(h, report.Movers, "No service's spend changed by that much.");
            h.Append($"<p class=\"note\">{Escape(MoverFloor)}</p>");
            h.Append($"</section>\n<section><h2>Spend by tag {Escape(report.TagKey)}</h2>");
            GroupTable(h, report.TagSplit, report.TagProblem ?? $"No spend recorded by tag {report.TagKey}.");
            if (report.TagSplit.Any(g => g.Name == WeeklyReportBuilder.TagRemainder))
            {
                h.Append($"<p class=\"note\">{Escape(TagRemainderNote(report.TagKey))}</p>");
            }

            h.Append("</section>\n");
        }

        HtmlSections.Budgets(h, report);
        HtmlSections.Savings(h, report);
        SpotBillHtml.Write(h, report);
        InsightsHtml.Write(h, report);
        HtmlSections.Activity(h, report.Activity);
        if (report.Notes.Count > 0)
        {
            h.Append("<section><h2>Notes</h2><ul>");
            foreach (var note in report.Notes)
            {
                h.Append($"<li>{Escape(note)}</li>");
            }

            h.Append("</ul></section>\n");
        }

        var cloudWatch = report.Insights is { } insights ? " " + InsightsFormat.CloudWatchCost(insights) : string.Empty;
        h.Append($"</main>\n<footer>{Escape(Requests(report))}{Escape(cloudWatch)} {Escape(Generated(report))}</footer>\n</div>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Kpis(StringBuilder h, WeeklyReport report)
    {
        h.Append("<div class=\"kpis\">");
        if (report.Totals is { } t)
        {
            Kpi(h, "This week", Usd(t.ThisWeek), $"previous week {Usd(t.PreviousWeek)}");
            var css = t.Change > 0 ? "up" : t.Change < 0 ? "down" : "muted";
            Kpi(h, "Change", SignedUsd(t.Change), ChangePercent(t), css);
        }
        else
        {
            Kpi(h, "This week", "n/a", "Cost Explorer unavailable");
        }

        var over = report.OverBudget;
        var overText = over.Count == 0 ? null : "OVER BUDGET: " + string.Join(", ", over.Select(b => b.Name));
        if (report.MonthEnd is { } monthEnd && report.Forecast is { } rest)
        {
            Kpi(h, "Month-end forecast", Usd(monthEnd.Amount), overText ?? MonthEndParts(monthEnd, rest), over.Count > 0 ? "over" : "");
        }
        else if (report.Forecast is { Amount: { } amount } f)
        {
            Kpi(h, "Rest of month (forecast)", Money(amount, f.Currency), overText ?? Forecast(f), over.Count > 0 ? "over" : "");
        }

        Kpi(h, "Saved (est.)", Usd(report.Savings.Total), SavedBy(report.Savings));
        h.Append("</div>\n");
    }

    private static void Kpi(StringBuilder h, string key, string value, string sub, string css = "") =>
        h.Append($"<div class=\"kpi{(css == "over" ? " over" : string.Empty)}\"><div class=\"k\">{Escape(key)}</div><div class=\"v {css}\">{Escape(value)}</div><div class=\"s\">{Escape(sub)}</div></div>");

    private static void Unavailable(StringBuilder h, WeeklyReport report)
    {
        h.Append("<section class=\"warn\"><h2>Cost data unavailable</h2>");
        h.Append($"<p>{Escape(report.CostExplorerProblem ?? "Cost Explorer returned no data.")}</p><p>To fix:</p><ul>");
        foreach (var step in CostExplorerAccess.HowToFix)
        {
            h.Append($"<li>{Escape(step)}</li>");
        }

        h.Append("</ul></section>\n");
    }

    internal static void GroupTable(StringBuilder h, IReadOnlyList<GroupSpend> rows, string? whenEmpty)
    {
        if (rows.Count == 0)
        {
            h.Append($"<p class=\"muted\">{Escape(whenEmpty ?? "Nothing to show.")}</p>");
            return;
        }

        h.Append("<table><tr><th>Name</th><th class=\"num\">This week</th><th class=\"num\">Previous</th><th class=\"num\">Change</th></tr>");
        foreach (var g in rows)
        {
            var css = g.Change > 0 ? "up" : g.Change < 0 ? "down" : "muted";
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{Escape(g.Name)}</td><td class=\"num\">{Usd(g.ThisWeek)}</td><td class=\"num\">{Usd(g.PreviousWeek)}</td><td class=\"num {css}\">{SignedUsd(g.Change)}</td></tr>");
        }

        h.Append("</table>");
    }
}
