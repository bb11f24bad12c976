namespace CostOps.Core.Costs;

/// <summary>One account's part of an organisation's weekly report.</summary>
/// <param name="AccountId">The 12-digit account id; "" for activity records whose service ARN names no account.</param>
/// <param name="Name">The account's name when Cost Explorer gave one.</param>
/// <param name="Spend">The account's USD spend this week and the week before; null when Cost Explorer did not show spend per account.</param>
/// <param name="Savings">What the scheduler and the Spot manager saved in this account (its services' activity records).</param>
/// <param name="Activity">What the scheduler did in this account.</param>
public sealed record AccountSection(string AccountId, string? Name, GroupSpend? Spend, SavingsSummary Savings, SchedulerActivitySummary Activity)
{
    public const string Unrecorded = "(account not recorded)";

    /// <summary>"prod (222222222222)", or the id alone when the name is not known.</summary>
    public string Label => AccountId.Length == 0 ? Unrecorded : Name is { Length: > 0 } name ? $"{name} ({AccountId})" : AccountId;
}
