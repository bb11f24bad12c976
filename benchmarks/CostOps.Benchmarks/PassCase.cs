namespace CostOps.Benchmarks;

internal enum PassCase
{
    /// <summary>Off-hours, nothing stopped yet: every service is stopped.</summary>
    StopAll,

    /// <summary>Off-hours, 15 minutes after everything was stopped: nothing to change.</summary>
    Steady,

    /// <summary>Opening time after a full stop: every service is started.</summary>
    StartAll,
}
