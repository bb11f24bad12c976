namespace CostOps.Core.Scheduler;

public enum ServiceAction
{
    /// <summary>Nothing to change.</summary>
    None,
    Stop,
    Start,

    /// <summary>Left as it is on purpose (DAEMON, invalid schedule, another run holds it).</summary>
    Skip,

    /// <summary>A stop is due but a deployment is in progress; retried next run.</summary>
    Defer,
    Fail,

    /// <summary>Started by someone else during off-hours.</summary>
    Drift,
}
