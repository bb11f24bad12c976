namespace CostOps.Core.Budgets;

/// <summary>One linked account's spend over a date range, as Cost Explorer groups it by LINKED_ACCOUNT.</summary>
/// <param name="Name">The account's name when Cost Explorer gave one.</param>
public sealed record AccountSpend(string AccountId, string? Name, decimal Amount, string Currency)
{
    /// <summary>"dev (111111111111)", or the id alone when the name is not known.</summary>
    public string Label => AccountLabel.Of(AccountId, Name);
}
