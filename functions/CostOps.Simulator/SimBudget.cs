namespace CostOps.Simulator;

/// <summary>A monthly AWS cost budget; its spend is computed from the account's bill.</summary>
public sealed record SimBudget(string Name, decimal Limit);
