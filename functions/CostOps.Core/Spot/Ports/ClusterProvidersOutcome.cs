namespace CostOps.Core.Spot.Ports;

/// <summary>What happened to one cluster's provider list: <see cref="Added"/> names the providers associated now (empty: nothing was missing).</summary>
public sealed record ClusterProvidersOutcome(string Cluster, IReadOnlyList<string> Added, string? Error = null);
