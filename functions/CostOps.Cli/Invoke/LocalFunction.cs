using CostOps.Hosting;

namespace CostOps.Cli.Invoke;

/// <summary>
/// The CostOps functions by the names of terraform/handlers.json (<c>cost_report</c> or <c>cost-report</c>),
/// each created through its Lambda entry point <c>Function.HandleAsync(Stream)</c> over the given ports.
/// </summary>
public static class LocalFunction
{
    public static IReadOnlyList<string> Names { get; } = ["scheduler", "cost-report", "budget-alerts", "spot-manager", "wake"];

    /// <summary>The canonical name (<c>cost-report</c>) of <paramref name="name"/>, or null when it names no function.</summary>
    public static string? Resolve(string? name)
    {
        var normalized = (name ?? string.Empty).Trim().Replace('_', '-').ToLowerInvariant();
        return Names.Contains(normalized, StringComparer.Ordinal) ? normalized : null;
    }

    /// <summary>The handler of the function <paramref name="name"/> (a canonical name), composed as at a cold start.</summary>
    public static Func<Stream, Task<Stream>> Create(string name, HostPorts ports) => name switch
    {
        "scheduler" => new CostOps.Scheduler.Function(ports).HandleAsync,
        "cost-report" => new CostOps.CostReport.Function(ports).HandleAsync,
        "budget-alerts" => new CostOps.BudgetAlerts.Function(ports).HandleAsync,
        "spot-manager" => new CostOps.SpotManager.Function(ports).HandleAsync,
        "wake" => new CostOps.Wake.Function(ports).HandleAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a CostOps function"),
    };
}
