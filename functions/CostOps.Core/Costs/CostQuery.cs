namespace CostOps.Core.Costs;

/// <summary>Daily costs from <paramref name="Start"/> (inclusive) to <paramref name="End"/> (exclusive), for one metric.</summary>
public sealed record CostQuery(DateOnly Start, DateOnly End, string Metric);
