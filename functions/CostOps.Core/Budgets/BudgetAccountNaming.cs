using System.Globalization;

namespace CostOps.Core.Budgets;

/// <summary>
/// Which account an alert names, when it can tell: the accounts of the budget's LinkedAccount filter, the member account that
/// owns the budget, or, in an organisation's management account (Cost Explorer shows spend of several accounts), the
/// management account with "consolidated". Null for a single account: its alerts read as they always did.
/// </summary>
/// <param name="SubjectLabel">"dev (111111111111)" or "dev (111111111111) +2".</param>
/// <param name="ShortSubjectLabel">The same with ids only, for subjects that would be too long.</param>
/// <param name="BodyLine">The value of the alert's "Account:" line.</param>
internal sealed record BudgetAccountNaming(string SubjectLabel, string ShortSubjectLabel, string BodyLine)
{
    public static BudgetAccountNaming? For(BudgetSnapshot budget, TopServices topServices, string? homeAccountId)
    {
        var names = topServices.Accounts.GroupBy(a => a.AccountId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        string Label(string id) => AccountLabel.Of(id, names.GetValueOrDefault(id));

        var linked = (budget.LinkedAccounts ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => BudgetText.PrintableAscii(a.Trim())).Distinct(StringComparer.Ordinal).ToList();
        if (linked.Count > 0)
        {
            var more = linked.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" +{linked.Count - 1}") : string.Empty;
            return new BudgetAccountNaming(Label(linked[0]) + more, linked[0] + more, string.Join(", ", linked.Select(Label)) + " (the budget's LinkedAccount filter)");
        }

        if (!string.IsNullOrWhiteSpace(budget.AccountId))
        {
            var owner = BudgetText.PrintableAscii(budget.AccountId.Trim());
            return new BudgetAccountNaming(Label(owner), owner, Label(owner));
        }

        if (topServices.Accounts.Count > 1)
        {
            var home = string.IsNullOrWhiteSpace(homeAccountId) ? "the management account" : homeAccountId.Trim();
            var line = string.Create(CultureInfo.InvariantCulture, $"{Label(home)}, consolidated: the {topServices.Accounts.Count} accounts with spend this month");
            return new BudgetAccountNaming(Label(home), home, line);
        }

        return null;
    }
}
