namespace CostOps.Core.Costs;

/// <summary>One Cost Explorer group of the by-service request grouped by SERVICE and USAGE_TYPE: its cost and its usage quantity on one UTC day.</summary>
public sealed record UsageTypeCost(DateOnly Day, string Service, string UsageType, decimal? Amount, decimal? Quantity, string Currency);
