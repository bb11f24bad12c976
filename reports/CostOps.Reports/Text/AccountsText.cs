using System.Globalization;
using CostOps.Core.Costs;
using static CostOps.Reports.ReportFormat;

namespace CostOps.Reports.Text;

/// <summary>The per-account parts of the text email; nothing for a single-account report.</summary>
internal static class AccountsText
{
    /// <summary>Spend per account and the consolidated total (or why spend per account is not shown).</summary>
    public static void WriteSpend(TextLayout t, WeeklyReport report)
    {
        if (report.Accounts is not { } accounts)
        {
            return;
        }

        t.Heading("Spend by account");
        if (accounts.Consolidated is not { } consolidated)
        {
            t.Wrapped(accounts.SpendProblem ?? "Spend per account is not shown.");
            return;
        }

        t.Row(string.Empty, "This week", "Previous", "Change");
        foreach (var section in accounts.Accounts)
        {
            var spend = section.Spend!;
            t.Row(section.Label, Usd(spend.ThisWeek), Usd(spend.PreviousWeek), SignedUsd(spend.Change));
        }

        if (accounts.Unattributed is { } rest)
        {
            t.Row(rest.Name, Usd(rest.ThisWeek), Usd(rest.PreviousWeek), SignedUsd(rest.Change));
        }

        t.Row("Consolidated total", Usd(consolidated.ThisWeek), Usd(consolidated.PreviousWeek), SignedUsd(consolidated.Change));
    }

    /// <summary>One section per account: its spend, what CostOps saved there and what the scheduler did.</summary>
    public static void WriteSections(TextLayout t, WeeklyReport report)
    {
        foreach (var section in report.Accounts?.Accounts ?? [])
        {
            var title = TextLayout.Fit("Account " + section.Label, TextLayout.Width);
            t.Line();
            t.Line(title);
            t.Line(new string('-', Math.Min(TextLayout.Width, title.Length)));
            if (section.Spend is { } spend)
            {
                t.Row("Spend this week", Usd(spend.ThisWeek), ChangePercent(new SpendTotals(spend.ThisWeek, spend.PreviousWeek)));
            }

            var s = section.Savings;
            t.Row($"Scheduler: {Hours(s.SchedulerTaskHours)} task-hours avoided", Usd(s.SchedulerAmount));
            if (s.SpotAmount is { } spot)
            {
                t.Row($"Fargate Spot: {Hours(s.SpotTaskHours)} task-hours", Usd(spot));
            }

            var a = section.Activity;
            t.Wrapped(string.Create(CultureInfo.InvariantCulture, $"Stops {a.Stops}, starts {a.Starts}, failures {a.Failures}, drift {a.Drift}, overrides in force {a.OverridesInForce}, wakes {a.Wakes}."));
            foreach (var reason in a.FailureReasons)
            {
                t.Wrapped("failed: " + reason, "    ", "      ");
            }

            if (a.DriftServices.Count > 0)
            {
                t.Wrapped("drift: " + string.Join(", ", a.DriftServices), "    ", "      ");
            }
        }
    }
}
