namespace CostOps.Core.Costs;

/// <summary>Cost Explorer's forecast of spend from <paramref name="Start"/> to <paramref name="End"/> (exclusive).</summary>
/// <param name="Amount">Null when Cost Explorer returned no amount.</param>
public sealed record CostForecast(DateOnly Start, DateOnly End, decimal? Amount, string Currency);
