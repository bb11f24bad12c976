namespace CostOps.Core.Budgets;

/// <summary>The month's spend per service (summed over accounts) and per linked account, from one Cost Explorer request.</summary>
public sealed record MonthToDateSpend(IReadOnlyList<ServiceSpend> ByService, IReadOnlyList<AccountSpend> ByAccount);
