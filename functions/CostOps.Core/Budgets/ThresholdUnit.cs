namespace CostOps.Core.Budgets;

/// <summary>How a threshold's value is read: an absolute amount in US dollars, or a percentage of the budget's limit.</summary>
public enum ThresholdUnit
{
    Usd,
    PercentOfLimit,
}
