namespace CostOps.Core.Scheduler.Ports;

/// <summary>Where a service is in CostOps' stop/start cycle, as recorded in the state store.</summary>
public enum ServiceStatus
{
    /// <summary>Snapshot saved; the stop may not have been applied yet. The next run completes it.</summary>
    Stopping,

    /// <summary>Stopped by CostOps; the snapshot holds what to restore.</summary>
    Stopped,

    /// <summary>A start has begun; the snapshot is still the truth. The next run completes it.</summary>
    Starting,

    /// <summary>Started by CostOps (snapshot used) or never stopped.</summary>
    Running,

    /// <summary>Stopped by CostOps, then started by someone else during off-hours; left running until the off-period ends.</summary>
    Drifted,

    /// <summary>A stop was due but a deployment was in progress; retried next run.</summary>
    Deferred,

    /// <summary>The last attempt failed before anything was saved; retried next run.</summary>
    Failed,
}
