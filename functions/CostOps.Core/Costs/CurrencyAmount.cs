namespace CostOps.Core.Costs;

/// <summary>An amount in a currency other than USD, kept out of USD totals.</summary>
public sealed record CurrencyAmount(string Currency, decimal Amount);
