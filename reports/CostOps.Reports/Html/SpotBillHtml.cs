using System.Text;
using CostOps.Core.Costs;
using static CostOps.Reports.Html.Markup;
using static CostOps.Reports.ReportFormat;

namespace CostOps.Reports.Html;

/// <summary>The Fargate Spot savings from the bill, in the HTML report; nothing when the week billed no Fargate Spot usage.</summary>
internal static class SpotBillHtml
{
    public static void Write(StringBuilder h, WeeklyReport report)
    {
        if (report.SpotFromBill is not { } spot)
        {
            return;
        }

        h.Append("<section><h2>Fargate Spot savings (from the bill)</h2><p>")
            .Append(Escape($"Spot: {Hours(spot.VcpuHours)} vCPU-h, {Hours(spot.GbHours)} GB-h, billed {Usd(spot.SpotCost)}; saved {Usd(spot.Amount)}."))
            .Append("</p><p class=\"method\">").Append(Escape("Method: " + spot.Method)).Append("</p>");
        foreach (var note in spot.Notes)
        {
            h.Append("<p class=\"note\">").Append(Escape(note)).Append("</p>");
        }

        h.Append("</section>\n");
    }
}
