namespace CostOps.Core.Costs;

/// <summary>USD totals of the report week and the week before.</summary>
public sealed record SpendTotals(decimal ThisWeek, decimal PreviousWeek)
{
    public decimal Change => ThisWeek - PreviousWeek;

    /// <summary>Null when the previous week was 0 (no meaningful percentage).</summary>
    public decimal? ChangePercent => PreviousWeek == 0m ? null : Change / PreviousWeek * 100m;
}
