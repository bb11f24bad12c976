namespace CostOps.Core.Targets;

/// <summary>What one hub run did: how many account-regions it found, how many workers it queued and what failed.</summary>
public sealed record HubRunSummary(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    bool DryRun,
    int Targets,
    int WorkersStarted,
    IReadOnlyList<TargetFailure> Failures)
{
    public int TargetsFailed => Failures.Count;

    public bool Succeeded => Failures.Count == 0;
}
