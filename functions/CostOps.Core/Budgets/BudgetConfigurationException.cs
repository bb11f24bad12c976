namespace CostOps.Core.Budgets;

/// <summary>A budget-alert setting is invalid. The message names the setting, the offending item and a valid example.</summary>
public sealed class BudgetConfigurationException : Exception
{
    public BudgetConfigurationException(string setting, string message)
        : base(message) => Setting = setting;

    public BudgetConfigurationException()
        : this(string.Empty, "Invalid budget alert configuration.")
    {
    }

    public BudgetConfigurationException(string message)
        : this(string.Empty, message)
    {
    }

    public BudgetConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Setting = string.Empty;

    public string Setting { get; }
}
