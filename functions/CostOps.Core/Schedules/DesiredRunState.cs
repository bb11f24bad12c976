namespace CostOps.Core.Schedules;

public enum DesiredRunState
{
    /// <summary>The service should be running now.</summary>
    Running,

    /// <summary>The service should be stopped now.</summary>
    Stopped,

    /// <summary>CostOps does not manage the service (no default schedule, or <c>costops:schedule = none</c>).</summary>
    Unmanaged,

    /// <summary>The service's schedule tag cannot be understood: leave the service as it is and report the error.</summary>
    Invalid,
}
