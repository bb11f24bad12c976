namespace CostOps.Core.Scheduler.Ports;

/// <summary>Identifies one ECS service. <see cref="ServiceArn"/> is the stable key (state items, continuation order).</summary>
public sealed record ServiceRef(string ClusterName, string ServiceName, string ServiceArn);
