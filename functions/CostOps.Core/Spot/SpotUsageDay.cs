namespace CostOps.Core.Spot;

/// <summary>Task-hours one service ran on Spot and on on-demand during one UTC day, as the Spot manager observed them.</summary>
public sealed record SpotUsageDay(DateOnly Day, string ServiceArn, string ClusterName, string ServiceName, decimal SpotTaskHours, decimal OnDemandTaskHours);
