using CostOps.Core.Spot.Ports;

namespace CostOps.Core.Spot;

/// <summary>The result of one invocation (a tick or one event). The host fails the invocation unless <see cref="Succeeded"/>.</summary>
public sealed record SpotRunSummary(
    string Trigger,
    DateTimeOffset StartedAt,
    IReadOnlyList<SpotOutcome> Services,
    IReadOnlyList<ClusterProvidersOutcome> Clusters,
    string? RunError = null)
{
    /// <summary>A dry run decides and reports, and changes nothing.</summary>
    public bool DryRun { get; init; }

    public int Fallbacks => Services.Count(s => s.Action == SpotAction.Fallback);

    public int Returns => Services.Count(s => s.Action == SpotAction.Return);

    public int Failed => Services.Count(s => s.Action == SpotAction.Fail) + Clusters.Count(c => c.Error is not null);

    public bool Succeeded => Failed == 0 && RunError is null;
}
