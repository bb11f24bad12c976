namespace CostOps.Core.Costs;

/// <summary>Daily cost by service (summed over usage types) and the Fargate usage-type lines of the same request.</summary>
public sealed record ServiceUsageCosts(IReadOnlyList<DailyCost> ByService, IReadOnlyList<UsageTypeCost> Fargate);
