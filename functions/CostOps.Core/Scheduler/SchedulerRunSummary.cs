namespace CostOps.Core.Scheduler;

/// <summary>The result of one run. The host fails the invocation unless <see cref="Succeeded"/>, so alarms fire.</summary>
/// <param name="ContinuationToken">Set when the time budget ran out: the last service ARN of the processed prefix.</param>
/// <param name="RunError">A failure of the run itself (listing, continuation), as opposed to one service's.</param>
public sealed record SchedulerRunSummary(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    bool DryRun,
    IReadOnlyList<ServiceOutcome> Services,
    string? ContinuationToken,
    string? RunError)
{
    public int Stopped => Count(ServiceAction.Stop);

    public int Started => Count(ServiceAction.Start);

    public int Skipped => Count(ServiceAction.Skip);

    public int Deferred => Count(ServiceAction.Defer);

    public int Failed => Count(ServiceAction.Fail);

    public int Drifted => Count(ServiceAction.Drift);

    public int Unchanged => Count(ServiceAction.None);

    public bool Succeeded => Failed == 0 && RunError is null;

    /// <summary>
    /// When the boundary wake-up was set (in a dry run: would be set) to run the scheduler again; null when the
    /// wake-up is off or no managed service has a boundary within 8 days.
    /// </summary>
    public DateTimeOffset? NextBoundary { get; init; }

    private int Count(ServiceAction action) => Services.Count(s => s.Action == action);
}
