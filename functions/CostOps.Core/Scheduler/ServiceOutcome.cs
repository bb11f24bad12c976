namespace CostOps.Core.Scheduler;

/// <summary>What one run did (or, in a dry run, would do) to one service.</summary>
public sealed record ServiceOutcome(
    string ClusterName,
    string ServiceName,
    string ServiceArn,
    ServiceAction Action,
    string Reason,
    string? Error = null);
