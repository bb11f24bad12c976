namespace CostOps.Core.Activity;

/// <summary>What the scheduler (or Spot manager) did or saw for one service.</summary>
public enum ActivityKind
{
    Stopped,
    Started,
    Failed,
    Deferred,
    Drift,
    OverrideInForce,
    OverrideExpired,
    OverrideMalformed,
    SpotFallback,
    SpotRestored,

    /// <summary>Someone opened a stopped service (or asked the wake endpoint): a keep-running override was written to start it.</summary>
    Woken,
}
