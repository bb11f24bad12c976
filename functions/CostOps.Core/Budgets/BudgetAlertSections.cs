using System.Globalization;
using System.Text;
using CostOps.Core.Activity;

namespace CostOps.Core.Budgets;

/// <summary>The alert body's sections after the top services: spend by account, off-schedule services, anomalies, runaway scaling.</summary>
internal static class BudgetAlertSections
{
    private const int MaxDetailChars = 200;
    private const int MaxAccountsListed = 10;

    internal static void AppendAccounts(StringBuilder text, TopServices topServices)
    {
        text.Append(CultureInfo.InvariantCulture, $"\nSpend by account this month ({topServices.From:yyyy-MM-dd} to {topServices.ToInclusive:yyyy-MM-dd} UTC, Cost Explorer):\n");
        foreach (var a in topServices.Accounts.Take(MaxAccountsListed))
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {a.Label}: {BudgetText.Money(a.Amount, a.Currency)}\n");
        }

        if (topServices.Accounts.Count > MaxAccountsListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ... and {topServices.Accounts.Count - MaxAccountsListed} more.\n");
        }
    }

    internal static void AppendOffSchedule(StringBuilder text, OffScheduleReport report, int maxListed)
    {
        text.Append("\nManaged services running outside their schedule now:\n");
        if (report.Unavailable is not null)
        {
            text.Append("  Not available: ").Append(report.Unavailable).Append('\n');
            return;
        }

        if (report.Services.Count == 0)
        {
            text.Append("  None: every managed service follows its schedule.\n");
            return;
        }

        foreach (var s in report.Services.Take(maxListed))
        {
            var detail = s.Detail ?? string.Empty;
            detail = detail.Length > MaxDetailChars ? detail[..MaxDetailChars] + "..." : detail;
            text.Append(CultureInfo.InvariantCulture, $"  - {s.ClusterName}/{s.ServiceName}: {ReasonText(s.Reason)}");
            text.Append(string.IsNullOrWhiteSpace(detail) ? "\n" : $" ({detail})\n");
        }

        if (report.Services.Count > maxListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ... and {report.Services.Count - maxListed} more.\n");
        }
    }

    /// <summary>Open anomalies of the budget period; nothing when anomalies are not read.</summary>
    internal static void AppendAnomalies(StringBuilder text, AnomalyReport? report, BudgetSnapshot budget, DateOnly today)
    {
        if (report is null)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\nCost anomalies this period ({budget.PeriodStart:yyyy-MM-dd} to {today:yyyy-MM-dd} UTC, Cost Anomaly Detection):\n");
        if (report.Findings is not { } findings)
        {
            text.Append("  Not available: ").Append(report.Unavailable).Append('\n');
            return;
        }

        foreach (var line in findings.Lines())
        {
            text.Append("  - ").Append(line).Append('\n');
        }
    }

    /// <summary>Services that could run the budget over (Auto Scaling maximum x task price x 730.5 h); nothing when the budget is not at risk.</summary>
    internal static void AppendRunaway(StringBuilder text, RunawayReport? report)
    {
        if (report is null)
        {
            return;
        }

        text.Append("\nRunaway-scaling guard (Auto Scaling maximum x task price x 730.5 hours against this budget):\n");
        if (report.Unavailable is not null)
        {
            text.Append("  Not available: ").Append(report.Unavailable).Append('\n');
            return;
        }

        if (report.Lines.Count == 0)
        {
            text.Append("  None: every managed service's Auto Scaling maximum fits this budget.\n");
        }

        foreach (var line in report.Lines)
        {
            text.Append("  - ").Append(line).Append('\n');
        }
    }

    private static string ReasonText(ActivityKind reason) => reason switch
    {
        ActivityKind.OverrideInForce => "keep-running override in force",
        ActivityKind.Drift => "drift (running although CostOps stopped it)",
        _ => reason.ToString(),
    };
}
