namespace CostOps.Core.Costs;

/// <summary>One service's or tag value's USD spend in the report week and the week before.</summary>
public sealed record GroupSpend(string Name, decimal ThisWeek, decimal PreviousWeek)
{
    public decimal Change => ThisWeek - PreviousWeek;
}
