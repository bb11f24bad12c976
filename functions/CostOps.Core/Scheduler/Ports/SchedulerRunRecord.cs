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
    string? ContinuationToken)
{
    /// <summary>The account of a worker run of a hub scheduler; null in single-account mode. With it the record is keyed per account and region.</summary>
    public string? Account { get; init; }

    /// <summary>The region of a worker run of a hub scheduler; null in single-account mode.</summary>
    public string? Region { get; init; }
}
