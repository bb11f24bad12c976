namespace CostOps.Core.Budgets;

/// <summary>One AWS service's spend over a date range, as Cost Explorer groups it (e.g. "Amazon Elastic Container Service").</summary>
public sealed record ServiceSpend(string Service, decimal Amount, string Currency);
