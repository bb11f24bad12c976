namespace CostOps.Hosting.Events;

/// <summary>What a person asked for with a manual invoke.</summary>
public enum ManualCommandKind
{
    /// <summary>Run the scheduler pass now.</summary>
    Run,

    /// <summary>Produce the weekly cost report now.</summary>
    Report,

    /// <summary>Check budgets now.</summary>
    Check,
}
