namespace CostOps.Core.Scheduler;

/// <summary>Scheduler settings. Call <see cref="Validate"/> at start: invalid settings fail the function before it changes anything.</summary>
public sealed record SchedulerOptions
{
    /// <summary>Lambda stops any run at 900 s; the budget must leave room to hand over and report.</summary>
    public static readonly TimeSpan MaxTimeBudget = TimeSpan.FromSeconds(840);

    /// <summary>Time after which no new service is started in this run; the rest continue in a new invocation. Default 600 s.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>Services processed at once. Default 8, range 1..64 (ECS allows 5 UpdateService a second sustained).</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Stop again a service someone started during off-hours. Default false: respect the manual start.</summary>
    public bool RestopDrift { get; init; }

    /// <summary>Report every action, change nothing. Default false; a run can also ask for it.</summary>
    public bool DryRun { get; init; }

    /// <summary>The tag CostOps writes with the service's status ("stopped", "running"). Default <c>costops:status</c>.</summary>
    public string StatusTagKey { get; init; } = "costops:status";

    /// <summary>Write the status tag at all. Default true; off saves one TagResource per stop and per start.</summary>
    public bool WriteStatusTag { get; init; } = true;

    /// <summary>Collect each chunk's activity records and write them together (25 a call) after the chunk. Default true.</summary>
    public bool BatchActivity { get; init; } = true;

    /// <summary>The AWS Region written on activity records. Default empty.</summary>
    public string Region { get; init; } = "";

    /// <summary>
    /// The account this reconciler manages when it is one worker of a hub scheduler (its region is <see cref="Region"/>);
    /// null in single-account mode. Set, run records are keyed per account and region so two accounts never collide.
    /// </summary>
    public string? Account { get; init; }

    public void Validate()
    {
        if (TimeBudget <= TimeSpan.Zero || TimeBudget > MaxTimeBudget)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeBudget), TimeBudget,
                $"Scheduler option TimeBudget must be between 1 s and {MaxTimeBudget.TotalSeconds} s (Lambda stops at 900 s); set a smaller value.");
        }

        if (MaxConcurrency is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency,
                "Scheduler option MaxConcurrency must be between 1 and 64.");
        }

        if (string.IsNullOrWhiteSpace(StatusTagKey))
        {
            throw new ArgumentException("Scheduler option StatusTagKey must not be empty; use e.g. costops:status.", nameof(StatusTagKey));
        }
    }
}
