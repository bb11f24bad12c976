using System.Globalization;
using System.Text;
using CostOps.Core.Notifications;

namespace CostOps.Core.Budgets;

/// <summary>Composes the alert email. Pure: everything it shows is passed in.</summary>
internal static class BudgetAlertMessage
{
    public static Notification Compose(
        BudgetSnapshot budget,
        CrossedThreshold alerted,
        IReadOnlyList<CrossedThreshold> alsoCrossed,
        IReadOnlyList<string> notes,
        DateOnly today,
        TopServices topServices,
        OffScheduleReport offSchedule,
        int maxOffScheduleListed,
        AnomalyReport? anomalies = null,
        RunawayReport? runaway = null,
        string? homeAccountId = null)
    {
        var account = BudgetAccountNaming.For(budget, topServices, homeAccountId);
        return new(Subject(budget, alerted, account), Body(budget, alerted, alsoCrossed, notes, today, topServices, offSchedule, maxOffScheduleListed, anomalies, runaway, account));
    }

    /// <summary>The alert's subject: see <see cref="BudgetAlertSubject.For"/>.</summary>
    internal static string Subject(BudgetSnapshot budget, CrossedThreshold alerted, BudgetAccountNaming? account = null) => BudgetAlertSubject.For(budget, alerted, account);

    private static string Body(
        BudgetSnapshot budget,
        CrossedThreshold alerted,
        IReadOnlyList<CrossedThreshold> alsoCrossed,
        IReadOnlyList<string> notes,
        DateOnly today,
        TopServices topServices,
        OffScheduleReport offSchedule,
        int maxOffScheduleListed,
        AnomalyReport? anomalies,
        RunawayReport? runaway,
        BudgetAccountNaming? account)
    {
        var currency = budget.Currency;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Budget \"{budget.Name}\" has passed {alerted.Threshold.Description}");
        text.Append(alerted.Threshold.Unit == ThresholdUnit.PercentOfLimit ? $" ({BudgetText.Money(alerted.Amount, currency)}).\n\n" : ".\n\n");

        Line(text, "Budget", $"{budget.Name} ({budget.TimeUnit}, {currency})");
        if (account is not null)
        {
            Line(text, "Account", account.BodyLine);
        }

        Line(text, "Threshold", alerted.Threshold.Description);
        if (alsoCrossed.Count > 0)
        {
            Line(text, "Also passed", string.Join("; ", alsoCrossed.Select(c => c.Threshold.Description)) + " (no separate alert)");
        }

        Line(text, "Actual", BudgetText.Money(budget.Actual, currency));
        Line(text, "Forecast", budget.Forecast is { } f ? BudgetText.Money(f, currency) : "not available from AWS yet");
        Line(text, "Limit", budget.Limit > 0 ? BudgetText.Money(budget.Limit, currency) : "none set");
        Line(text, "Used", UsedText(budget));
        Line(text, "Days left", DaysLeftText(budget, today));

        text.Append(CultureInfo.InvariantCulture, $"\nTop services this month ({topServices.From:yyyy-MM-dd} to {topServices.ToInclusive:yyyy-MM-dd} UTC, Cost Explorer):\n");
        if (topServices.Unavailable is not null)
        {
            text.Append("  Not available: ").Append(topServices.Unavailable).Append('\n');
        }
        else if (topServices.Top.Count == 0)
        {
            text.Append("  No spend recorded yet this month (Cost Explorer refreshes up to 3 times a day).\n");
        }
        else
        {
            for (var i = 0; i < topServices.Top.Count; i++)
            {
                var s = topServices.Top[i];
                text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {s.Service}: {BudgetText.Money(s.Amount, s.Currency)}\n");
            }
        }

        if (account is not null && topServices.Accounts.Count > 1)
        {
            BudgetAlertSections.AppendAccounts(text, topServices);
        }

        BudgetAlertSections.AppendOffSchedule(text, offSchedule, maxOffScheduleListed);
        BudgetAlertSections.AppendAnomalies(text, anomalies, budget, today);
        BudgetAlertSections.AppendRunaway(text, runaway);

        if (notes.Count > 0)
        {
            text.Append("\nNotes:\n");
            foreach (var note in notes)
            {
                text.Append("  - ").Append(note).Append('\n');
            }
        }

        text.Append("\nWhat to do next:\n");
        foreach (var step in BudgetAlertNextSteps.For(budget, topServices, offSchedule))
        {
            text.Append("  - ").Append(step).Append('\n');
        }

        return text.ToString();
    }

    private static string UsedText(BudgetSnapshot budget)
    {
        if (budget.Limit <= 0)
        {
            return "unknown (no limit)";
        }

        // A tiny limit against a large spend can exceed decimal's range; that is a data problem, not a reason to lose the alert.
        return Math.Abs(budget.Actual) / 1_000_000m < budget.Limit
            ? BudgetText.Percent(budget.Actual / budget.Limit * 100m) + " of the limit"
            : "over 100,000,000% of the limit";
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append((label + ":").PadRight(13)).Append(value).Append('\n');

    /// <summary>Days from today to the period's last day, both counted (AWS Budgets periods are UTC calendar days).</summary>
    internal static int? DaysLeft(BudgetSnapshot budget, DateOnly today) =>
        budget.PeriodEnd < budget.PeriodStart ? null : Math.Max(0, budget.PeriodEnd.DayNumber - today.DayNumber + 1);

    private static string DaysLeftText(BudgetSnapshot budget, DateOnly today) => DaysLeft(budget, today) is { } days
        ? $"{days} (period {budget.PeriodStart:yyyy-MM-dd} to {budget.PeriodEnd:yyyy-MM-dd} UTC, counting today)"
        : $"unknown (period dates look wrong: {budget.PeriodStart:yyyy-MM-dd} to {budget.PeriodEnd:yyyy-MM-dd})";
}
