namespace CostOps.Core.Costs;

/// <summary>One Cost Explorer group's cost on one UTC day.</summary>
/// <param name="Group">The group key: a service name, or a tag value ("" when the resource has no such tag).</param>
/// <param name="Amount">Null when Cost Explorer returned no amount for the group.</param>
/// <param name="Estimated">Cost Explorer marks days it may still revise as estimated.</param>
public sealed record DailyCost(DateOnly Day, string Group, decimal? Amount, string Currency, bool Estimated);
