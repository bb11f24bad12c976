using CostOps.Core.Costs;
using static CostOps.Reports.ReportFormat;

namespace CostOps.Reports.Text;

/// <summary>Plain-text email body: at most 72 characters a line (except the link), aligned columns.</summary>
internal static class TextReportRenderer
{
    public static string Render(WeeklyReport report, Uri? htmlLink, bool preview = false)
    {
        var t = new TextLayout();
        t.Line($"CostOps weekly cost report: {report.Window.Week}");
        t.Line($"{WeekRange(report.Window)} ({report.Window.Zone.Id}), {report.Metric}");
        t.Line();
        if (preview)
        {
            t.Wrapped("Preview: nothing is sent or stored, so the HTML report with charts and its link are left out; the mail would carry them.", string.Empty);
        }
        else if (htmlLink is null)
        {
            t.Wrapped("The HTML report with charts could not be stored this week; everything is below.", string.Empty);
        }
        else
        {
            t.Wrapped("Full report with charts (the link works for up to 7 days, or until the reporting function's AWS session credentials expire, whichever is first):", string.Empty);
            t.Line(htmlLink.AbsoluteUri);
        }

        WriteSpend(t, report);
        WriteBudgets(t, report);
        WriteSavings(t, report);
        SpotBillText.Write(t, report);
        InsightsText.Write(t, report);
        ActivityText.Write(t, report.Activity);
        AccountsText.WriteSections(t, report);
        if (report.Notes.Count > 0)
        {
            t.Heading("Notes");
            foreach (var note in report.Notes)
            {
                t.Wrapped(note, "  - ", "    ");
            }
        }

        t.Line();
        t.Line("--");
        t.Wrapped(Requests(report), string.Empty);
        if (report.Insights is { } insights)
        {
            t.Wrapped(InsightsFormat.CloudWatchCost(insights), string.Empty);
        }

        t.Line(Generated(report));
        return t.ToString();
    }

    private static void WriteSpend(TextLayout t, WeeklyReport report)
    {
        if (report.Totals is not { } totals)
        {
            AccountsText.WriteSpend(t, report);
            t.Heading("Cost data unavailable");
            t.Wrapped(report.CostExplorerProblem ?? "Cost Explorer returned no data.");
            t.Line("  To fix:");
            foreach (var step in CostExplorerAccess.HowToFix)
            {
                t.Wrapped(step, "  - ", "    ");
            }

            return;
        }

        t.Heading("Spend (USD)");
        t.Row("This week", Usd(totals.ThisWeek));
        t.Row("Previous week", Usd(totals.PreviousWeek));
        t.Row("Change", SignedUsd(totals.Change), ChangePercent(totals));
        AccountsText.WriteSpend(t, report);

        t.Heading("Daily spend");
        t.Row(string.Empty, string.Empty, "Previous ", string.Empty, "This week ");
        for (var i = 0; i < 7 && report.Daily.Count == 14; i++)
        {
            var prev = report.Daily[i];
            var cur = report.Daily[i + 7];
            t.Row(prev.Day.ToString("dddd", System.Globalization.CultureInfo.InvariantCulture), prev.Day.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture), DayAmount(prev), cur.Day.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture), DayAmount(cur));
        }

        if (report.Daily.Any(d => d.Estimated))
        {
            t.Line("  * estimated: Cost Explorer may still revise these days.");
        }

        GroupTable(t, "Top services this week", report.TopServices, report.OtherServices, "No service had spend in these two weeks.");
        GroupTable(t, "Biggest movers", report.Movers, null, "No service's spend changed by that much.");
        t.Wrapped(MoverFloor);
        GroupTable(t, $"Spend by tag {report.TagKey}", report.TagSplit, null, report.TagProblem ?? $"No spend recorded by tag {report.TagKey}.");
        if (report.TagSplit.Any(g => g.Name == WeeklyReportBuilder.TagRemainder))
        {
            t.Wrapped(TagRemainderNote(report.TagKey));
        }
    }

    private static string DayAmount(DaySpend d) => !d.HasData ? "no data " : Usd(d.Amount) + (d.Estimated ? "*" : " ");

    private static void GroupTable(TextLayout t, string title, IReadOnlyList<GroupSpend> rows, GroupSpend? other, string whenEmpty)
    {
        t.Heading(title);
        if (rows.Count == 0)
        {
            t.Wrapped(whenEmpty);
            return;
        }

        t.Row(string.Empty, "This week", "Previous", "Change");
        foreach (var g in other is null ? rows : rows.Append(other))
        {
            t.Row(g.Name, Usd(g.ThisWeek), Usd(g.PreviousWeek), SignedUsd(g.Change));
        }
    }

    private static void WriteBudgets(TextLayout t, WeeklyReport report)
    {
        t.Heading("Budgets and forecast");
        if (report.BudgetProblem is not null)
        {
            t.Wrapped(report.BudgetProblem);
        }
        else if (report.Budgets.Count == 0)
        {
            t.Line("  No AWS budgets are set up.");
        }
        else
        {
            t.Row(string.Empty, "Spent", "Limit", "Used", "Forecast");
            foreach (var b in report.Budgets)
            {
                t.Row($"{b.Name} ({b.TimeUnit.ToLowerInvariant()})", Money(b.Actual, b.Currency), Money(b.Limit, b.Currency), Percent(b.PercentUsed), b.Forecast is { } f ? Money(f, b.Currency) : "none");
            }
        }

        foreach (var over in report.OverBudget)
        {
            t.Wrapped(OverBudget(over), "  ", "    ");
        }

        if (report.MonthEnd is { } monthEnd && report.Forecast is { } rest)
        {
            t.Row(MonthEndLabel(monthEnd), Usd(monthEnd.Amount));
            t.Wrapped("= " + MonthEndParts(monthEnd, rest), "    ", "      ");
        }
        else if (report.Forecast is { Amount: { } amount } forecast)
        {
            t.Row($"Forecast for the rest of the month, {Forecast(forecast)}", Money(amount, forecast.Currency));
        }
        else if (report.ForecastProblem is not null)
        {
            t.Wrapped(report.ForecastProblem);
        }
    }

    private static void WriteSavings(TextLayout t, WeeklyReport report)
    {
        var s = report.Savings;
        t.Heading("Savings this week (estimated)");
        t.Row($"Scheduler: {Hours(s.SchedulerTaskHours)} task-hours avoided", Usd(s.SchedulerAmount));
        foreach (var svc in s.SchedulerByService)
        {
            t.Row($"  {svc.Service}", Hours(svc.TaskHours) + " h", Usd(svc.Amount));
        }

        if (s.SpotAmount is { } spot)
        {
            t.Row($"Fargate Spot: {Hours(s.SpotTaskHours)} task-hours", Usd(spot));
            foreach (var svc in s.SpotByService)
            {
                t.Row($"  {svc.Service}", Hours(svc.TaskHours) + " h", Usd(svc.Amount));
            }

            t.Row("Total", Usd(s.Total));
        }
        t.Wrapped("Method: " + s.Method);
        foreach (var note in s.Notes)
        {
            t.Wrapped(note, "  - ", "    ");
        }
    }
}
