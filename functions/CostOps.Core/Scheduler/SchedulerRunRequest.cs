namespace CostOps.Core.Scheduler;

/// <summary>The input of one run. Whatever else the triggering event says is ignored: the clock and the schedule decide.</summary>
/// <param name="ContinuationToken">Resume after this service ARN (in ordinal order); null for a fresh pass.</param>
/// <param name="DryRun">Compute and report every action without changing anything.</param>
public sealed record SchedulerRunRequest(string? ContinuationToken = null, bool DryRun = false);
