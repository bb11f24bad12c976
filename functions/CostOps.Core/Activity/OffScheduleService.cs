namespace CostOps.Core.Activity;

/// <summary>A managed service running now although its schedule says it should be stopped, and why.</summary>
public sealed record OffScheduleService(string ClusterName, string ServiceName, ActivityKind Reason, string Detail);
