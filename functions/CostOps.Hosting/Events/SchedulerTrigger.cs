namespace CostOps.Hosting.Events;

/// <summary>Why a CostOps EventBridge Scheduler schedule fired.</summary>
public enum SchedulerTrigger
{
    /// <summary>At a schedule boundary (an opening or closing time).</summary>
    Boundary,

    /// <summary>The periodic safety tick that re-checks every service.</summary>
    Tick,
}
