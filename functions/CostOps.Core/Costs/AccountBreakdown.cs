namespace CostOps.Core.Costs;

/// <summary>
/// The per-account part of a report that covers several accounts (an organisation's management or payer account).
/// The consolidated total is the sum of the accounts' spend plus <see cref="Unattributed"/>, which makes it equal the
/// report's total spend to the cent.
/// </summary>
/// <param name="Accounts">Largest spend this week first, then by id.</param>
/// <param name="Unattributed">Spend in the report's total that Cost Explorer gave no account for; null when under half a cent both weeks.</param>
/// <param name="Consolidated">The sum of the account rows and <paramref name="Unattributed"/>; null when spend per account is not shown.</param>
/// <param name="SpendProblem">Why spend per account is not shown, when it is not.</param>
public sealed record AccountBreakdown(IReadOnlyList<AccountSection> Accounts, GroupSpend? Unattributed, SpendTotals? Consolidated, string? SpendProblem)
{
    public const string UnattributedName = "(no account given)";
}
