namespace CostOps.Core.Scheduler.Ports;

/// <summary>The counts of one run that changed something, kept for a while for operators.</summary>
public sealed record SchedulerRunRecord(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Stopped,
    int Started,
    int Drifted,
    int Deferred,
    int Failed,
    string? ContinuationToken);
