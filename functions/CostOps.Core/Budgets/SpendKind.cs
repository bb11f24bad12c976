namespace CostOps.Core.Budgets;

/// <summary>Which of a budget's figures a threshold is compared with.</summary>
public enum SpendKind
{
    Actual,
    Forecast,
}
