namespace CostOps.Core.Budgets;

/// <summary>How alerts name an account: its name and id, or the id alone.</summary>
public static class AccountLabel
{
    public static string Of(string accountId, string? name) =>
        string.IsNullOrWhiteSpace(name) ? accountId : $"{BudgetText.PrintableAscii(name.Trim())} ({accountId})";
}
