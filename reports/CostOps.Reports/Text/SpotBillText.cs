using CostOps.Core.Costs;
using static CostOps.Reports.ReportFormat;

namespace CostOps.Reports.Text;

/// <summary>The Fargate Spot savings from the bill, in the text email; nothing when the week billed no Fargate Spot usage.</summary>
internal static class SpotBillText
{
    public static void Write(TextLayout t, WeeklyReport report)
    {
        if (report.SpotFromBill is not { } spot)
        {
            return;
        }

        t.Heading("Fargate Spot savings (from the bill)");
        t.Row($"Spot: {Hours(spot.VcpuHours)} vCPU-h, {Hours(spot.GbHours)} GB-h, billed {Usd(spot.SpotCost)}", Usd(spot.Amount));
        t.Wrapped("Method: " + spot.Method);
        foreach (var note in spot.Notes)
        {
            t.Wrapped(note, "  - ", "    ");
        }
    }
}
