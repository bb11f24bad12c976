using System.Globalization;
using System.Text;
using CostOps.Core.Costs;
using static CostOps.Reports.Html.Markup;
using static CostOps.Reports.ReportFormat;

namespace CostOps.Reports.Html;

/// <summary>Budget, savings and activity sections of the HTML report.</summary>
internal static class HtmlSections
{
    public static void Budgets(StringBuilder h, WeeklyReport report)
    {
        h.Append("<section><h2>Budgets and forecast</h2>");
        if (report.BudgetProblem is not null)
        {
            h.Append($"<p>{Escape(report.BudgetProblem)}</p>");
        }
        else if (report.Budgets.Count == 0)
        {
            h.Append("<p class=\"muted\">No AWS budgets are set up.</p>");
        }
        else
        {
            h.Append("<table><tr><th>Budget</th><th class=\"num\">Spent</th><th class=\"num\">Limit</th><th>Used</th><th class=\"num\">Forecast</th></tr>");
            foreach (var b in report.Budgets)
            {
                var used = (double)Math.Clamp(b.PercentUsed ?? 0m, 0m, 100m);
                var color = b.PercentUsed >= 100m ? "#dc2626" : b.PercentUsed >= 80m ? "#f59e0b" : "#16a34a";
                h.Append($"<tr><td>{Escape(b.Name)} <span class=\"muted\">({Escape(b.TimeUnit.ToLowerInvariant())})</span></td>");
                h.Append($"<td class=\"num\">{Escape(Money(b.Actual, b.Currency))}</td><td class=\"num\">{Escape(Money(b.Limit, b.Currency))}</td>");
                h.Append($"<td><span class=\"bar-bg\"><span class=\"bar-fg\" style=\"width:{N(used)}%;background:{color}\"></span></span> {Escape(Percent(b.PercentUsed))}</td>");
                var overBudget = b.ForecastPercent >= 100m;
                h.Append($"<td class=\"num{(overBudget ? " over" : string.Empty)}\">{Escape(b.Forecast is { } f ? Money(f, b.Currency) + " (" + Percent(b.ForecastPercent) + ")" : "none")}");
                h.Append(overBudget ? " <span class=\"badge\">OVER BUDGET</span></td></tr>" : "</td></tr>");
            }

            h.Append("</table>");
        }

        foreach (var over in report.OverBudget)
        {
            h.Append($"<p class=\"alert\">{Escape(OverBudget(over))}</p>");
        }

        if (report.MonthEnd is { } monthEnd && report.Forecast is { } rest)
        {
            h.Append($"<p class=\"note\">{Escape(MonthEndLabel(monthEnd))}: <strong>{Escape(Usd(monthEnd.Amount))}</strong> = {Escape(MonthEndParts(monthEnd, rest))}</p>");
        }
        else if (report.Forecast is { Amount: { } amount } forecast)
        {
            h.Append($"<p class=\"note\">Forecast for the rest of the month, {Escape(Forecast(forecast))}: <strong>{Escape(Money(amount, forecast.Currency))}</strong></p>");
        }
        else if (report.ForecastProblem is not null)
        {
            h.Append($"<p class=\"note\">{Escape(report.ForecastProblem)}</p>");
        }

        h.Append("</section>\n");
    }

    public static void Savings(StringBuilder h, WeeklyReport report)
    {
        var s = report.Savings;
        h.Append("<section><h2>Savings this week (estimated)</h2>");
        var bars = new List<(string, decimal, string)> { ($"Scheduler ({Hours(s.SchedulerTaskHours)} task-hours avoided)", s.SchedulerAmount, "#16a34a") };
        if (s.SpotAmount is { } spot)
        {
            bars.Add(($"Fargate Spot ({Hours(s.SpotTaskHours)} task-hours)", spot, "#0d9488"));
        }

        h.Append(SvgCharts.HorizontalBars("savings", "Savings this week", bars));

        var services = s.SchedulerByService.Select(x => ("Scheduler", x)).Concat(s.SpotByService.Select(x => ("Spot", x))).ToList();
        if (services.Count > 0)
        {
            h.Append("<table><tr><th>Service</th><th>Source</th><th>Region</th><th class=\"num\">Task-hours</th><th class=\"num\">Saved</th></tr>");
            foreach (var (source, x) in services)
            {
                h.Append($"<tr><td>{Escape(x.Service)}</td><td>{source}</td><td>{Escape(x.Region)}{(x.PricedAtFallback ? " *" : string.Empty)}</td><td class=\"num\">{Hours(x.TaskHours)}</td><td class=\"num\">{Usd(x.Amount)}</td></tr>");
            }

            h.Append("</table>");
        }

        h.Append($"<p class=\"note\">Method: {Escape(s.Method)}</p>");
        foreach (var note in s.Notes)
        {
            h.Append($"<p class=\"note\">* {Escape(note)}</p>");
        }

        h.Append("</section>\n");
    }

    public static void Activity(StringBuilder h, SchedulerActivitySummary a)
    {
        h.Append("<section><h2>Scheduler activity</h2><table><tr><th>Event</th><th class=\"num\">Count</th><th>Services</th></tr>");
        Row(h, "Stops", a.Stops, []);
        Row(h, "Starts", a.Starts, []);
        Row(h, "Failures", a.Failures, a.FailureReasons.Count > 0 ? a.FailureReasons : a.FailedServices, "; ");
        Row(h, "Drift (started outside CostOps)", a.Drift, a.DriftServices);
        Row(h, "Overrides in force", a.OverridesInForce, a.OverrideInForceServices);
        Row(h, "Overrides expired", a.OverridesExpired, a.OverrideExpiredServices);
        Row(h, "Overrides malformed (fix the tag)", a.OverridesMalformed, a.OverrideMalformedServices);
        if (a.Wakes > 0)
        {
            Row(h, "Woken on request (wake page or URL)", a.Wakes, a.WokenServices);
        }

        h.Append("</table>");
        if (a.RunningOutsideSchedule.Count > 0)
        {
            h.Append("<p class=\"note\">Running outside their schedule now:</p><ul>");
            foreach (var s in a.RunningOutsideSchedule)
            {
                h.Append($"<li>{Escape($"{s.ClusterName}/{s.ServiceName}")} <span class=\"muted\">({Escape(s.Detail.Length == 0 ? s.Reason.ToString() : $"{s.Reason}: {s.Detail}")})</span></li>");
            }

            h.Append("</ul>");
        }

        h.Append("</section>\n");
    }

    private static void Row(StringBuilder h, string label, int count, IReadOnlyList<string> services, string separator = ", ") =>
        h.Append(CultureInfo.InvariantCulture, $"<tr><td>{Escape(label)}</td><td class=\"num\">{count}</td><td class=\"muted\">{Escape(string.Join(separator, services))}</td></tr>");
}
