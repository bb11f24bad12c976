namespace CostOps.Core.Budgets;

/// <summary>What a run did for one budget.</summary>
public enum BudgetOutcome
{
    /// <summary>No threshold reached.</summary>
    BelowThresholds,

    /// <summary>This run sent the alert.</summary>
    AlertSent,

    /// <summary>Every reached threshold was alerted before (by an earlier or overlapping run), or is below one that was.</summary>
    AlreadySent,

    /// <summary>Recording or sending failed; nothing stays recorded, so the next run tries again.</summary>
    Failed,

    /// <summary>The budget's data cannot be checked (see errors).</summary>
    Skipped,
}
