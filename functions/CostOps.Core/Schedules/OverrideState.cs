namespace CostOps.Core.Schedules;

/// <summary>The state of a service's <c>keep-running</c> override tag.</summary>
public enum OverrideState
{
    None,

    /// <summary>A well-formed end time in the future.</summary>
    InForce,

    /// <summary>Any value that is not a well-formed end time: in force with no end, reported so people fix it.</summary>
    InForceMalformed,

    /// <summary>A well-formed end time that has passed: the schedule applies again.</summary>
    Expired,
}
