namespace CostOps.Core.Insights;

/// <summary>The managed services' utilization and Auto Scaling ceilings, as read for one report.</summary>
public sealed record FleetUtilization(IReadOnlyList<ServiceUtilization> Services, IReadOnlyList<ServiceCeiling> Ceilings);
