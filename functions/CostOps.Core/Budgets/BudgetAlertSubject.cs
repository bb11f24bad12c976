using CostOps.Core.Notifications;

namespace CostOps.Core.Budgets;

/// <summary>The alert email's subject. Pure.</summary>
internal static class BudgetAlertSubject
{
    private const string SubjectPrefix = "CostOps budget alert: ";
    private const int MinNameChars = 12;

    /// <summary>"CostOps budget alert: monthly-total passed $40 (actual $41.20 of $60.00)", at most 100 printable ASCII characters:
    /// a long name is shortened with "..." first, then the figures in brackets are dropped. When the alert names an account:
    /// "CostOps budget alert for dev (111111111111): …", the account's name dropped before the figures.</summary>
    public static string For(BudgetSnapshot budget, CrossedThreshold alerted, BudgetAccountNaming? account = null)
    {
        var name = BudgetText.PrintableAscii(budget.Name.Trim());
        var kind = alerted.Threshold.Kind == SpendKind.Actual ? "actual" : "forecast";
        var passed = (alerted.Threshold.Kind == SpendKind.Forecast ? " forecast" : string.Empty) + " passed " + alerted.Threshold.Label;
        var figures = budget.Limit > 0
            ? $" ({kind} {BudgetText.Money(alerted.Spend, budget.Currency)} of {BudgetText.Money(budget.Limit, budget.Currency)})"
            : $" ({kind} {BudgetText.Money(alerted.Spend, budget.Currency)})";
        figures = BudgetText.PrintableAscii(figures);
        string[] prefixes = account is null
            ? [SubjectPrefix]
            : [$"CostOps budget alert for {account.SubjectLabel}: ", $"CostOps budget alert for {account.ShortSubjectLabel}: "];

        var max = Notification.MaxSubjectLength;
        foreach (var figs in (string[])[figures, string.Empty])
        {
            foreach (var prefix in prefixes)
            {
                var full = prefix + name + passed + figs;
                if (full.Length <= max)
                {
                    return full;
                }

                var room = max - prefix.Length - passed.Length - figs.Length;
                if (room >= MinNameChars)
                {
                    return prefix + Shorten(name, room) + passed + figs;
                }
            }
        }

        var last = prefixes[^1];
        var subject = last + Shorten(name, max - last.Length - passed.Length) + passed;
        return subject.Length <= max ? subject : subject[..max];
    }

    private static string Shorten(string name, int room) => name.Length <= room ? name : name[..Math.Max(0, room - 3)].TrimEnd() + "...";
}
