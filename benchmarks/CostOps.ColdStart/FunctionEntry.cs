namespace CostOps.ColdStart;

/// <summary>The function a bootstrap serves, named by <c>_HANDLER</c> as the zips are (terraform/handlers.json keys); no reflection.</summary>
internal static class FunctionEntry
{
    public static readonly string[] Names = ["scheduler", "spot_manager", "cost_report", "budget_alerts", "wake"];

    /// <summary>Composes the function from the process environment, as the managed runtime does at cold start.</summary>
    public static Func<Stream, Task<Stream>> Create(string? name) => name switch
    {
        "scheduler" => new CostOps.Scheduler.Function().HandleAsync,
        "spot_manager" => new CostOps.SpotManager.Function().HandleAsync,
        "cost_report" => new CostOps.CostReport.Function().HandleAsync,
        "budget_alerts" => new CostOps.BudgetAlerts.Function().HandleAsync,
        "wake" => new CostOps.Wake.Function().HandleAsync,
        _ => throw new InvalidOperationException($"_HANDLER is '{name}': expected one of {string.Join(", ", Names)}"),
    };
}
