using System.Globalization;
using System.Text;
using CostOps.Core.Costs;
using static CostOps.Reports.Html.Markup;
using static CostOps.Reports.ReportFormat;

namespace CostOps.Reports.Html;

/// <summary>The accounts section of the HTML report (spend per account, consolidated total, savings and activity per account); nothing for one account.</summary>
internal static class AccountsHtml
{
    public static void Write(StringBuilder h, WeeklyReport report)
    {
        if (report.Accounts is not { } accounts)
        {
            return;
        }

        h.Append(CultureInfo.InvariantCulture, $"<section id=\"accounts\"><h2>Accounts ({accounts.Accounts.Count})</h2>");
        if (accounts.Consolidated is { } consolidated)
        {
            var bars = accounts.Accounts.Select(a => (a.Label, a.Spend!.ThisWeek, SvgCharts.CurrentColor)).ToList();
            h.Append(SvgCharts.HorizontalBars("account-spend", "Spend by account this week", bars));
            h.Append("<table><tr><th>Account</th><th class=\"num\">This week</th><th class=\"num\">Previous</th><th class=\"num\">Change</th></tr>");
            foreach (var a in accounts.Accounts)
            {
                SpendRow(h, a.Label, a.Spend!.ThisWeek, a.Spend.PreviousWeek, false);
            }

            if (accounts.Unattributed is { } rest)
            {
                SpendRow(h, rest.Name, rest.ThisWeek, rest.PreviousWeek, false);
            }

            SpendRow(h, "Consolidated total", consolidated.ThisWeek, consolidated.PreviousWeek, true);
            h.Append("</table>");
        }
        else
        {
            h.Append($"<p class=\"note\">{Escape(accounts.SpendProblem ?? "Spend per account is not shown.")}</p>");
        }

        h.Append("<table class=\"per-account\" style=\"margin-top:14px\"><tr><th>Account</th><th class=\"num\">Saved (est.)</th><th class=\"num\">Task-hours avoided</th><th class=\"num\">Stops</th><th class=\"num\">Starts</th><th class=\"num\">Failures</th><th class=\"num\">Drift</th><th class=\"num\">Overrides</th><th class=\"num\">Wakes</th></tr>");
        foreach (var a in accounts.Accounts)
        {
            var act = a.Activity;
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{Escape(a.Label)}</td><td class=\"num\">{Usd(a.Savings.Total)}</td><td class=\"num\">{Hours(a.Savings.SchedulerTaskHours)}</td>");
            h.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{act.Stops}</td><td class=\"num\">{act.Starts}</td><td class=\"num{(act.Failures > 0 ? " over" : string.Empty)}\">{act.Failures}</td><td class=\"num\">{act.Drift}</td><td class=\"num\">{act.OverridesInForce}</td><td class=\"num\">{act.Wakes}</td></tr>");
        }

        h.Append("</table>");
        var failures = accounts.Accounts.SelectMany(a => a.Activity.FailureReasons.Select(r => $"{a.Label}: {r}")).ToList();
        if (failures.Count > 0)
        {
            h.Append("<p class=\"note\">Failures:</p><ul>");
            foreach (var failure in failures)
            {
                h.Append($"<li>{Escape(failure)}</li>");
            }

            h.Append("</ul>");
        }

        h.Append("</section>\n");
    }

    private static void SpendRow(StringBuilder h, string name, decimal thisWeek, decimal previous, bool total)
    {
        var change = thisWeek - previous;
        var css = change > 0 ? "up" : change < 0 ? "down" : "muted";
        var (open, close) = total ? ("<strong>", "</strong>") : (string.Empty, string.Empty);
        h.Append($"<tr><td>{open}{Escape(name)}{close}</td><td class=\"num\">{open}{Usd(thisWeek)}{close}</td><td class=\"num\">{open}{Usd(previous)}{close}</td><td class=\"num {css}\">{open}{SignedUsd(change)}{close}</td></tr>");
    }
}
