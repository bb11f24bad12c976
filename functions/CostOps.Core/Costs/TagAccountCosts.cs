namespace CostOps.Core.Costs;

/// <summary>
/// The by-tag request grouped by the tag and LINKED_ACCOUNT: daily cost per tag value (summed over accounts, as
/// <see cref="Ports.ICostDataReader.DailyByTagAsync"/> returns it), daily cost per linked account (summed over tag values;
/// <see cref="DailyCost.Group"/> is the 12-digit account id) and the account names Cost Explorer gave (id to name).
/// </summary>
public sealed record TagAccountCosts(IReadOnlyList<DailyCost> ByTag, IReadOnlyList<DailyCost> ByAccount, IReadOnlyDictionary<string, string> AccountNames);
