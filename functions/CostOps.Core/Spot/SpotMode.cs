namespace CostOps.Core.Spot;

/// <summary>Where a service CostOps manages is in its Spot cycle.</summary>
public enum SpotMode
{
    /// <summary>On its Spot strategy (or being moved to it).</summary>
    Spot,

    /// <summary>Fallen back to on-demand after a Spot shortage or too many interruptions; returns after the cool-down.</summary>
    Fallback,
}
