namespace CostOps.Core.Insights;

/// <summary>A smaller task size for a service, with what was observed and what it saves a month (USD).</summary>
public sealed record RightSizingRecommendation(
    string Service,
    FargateSize Current,
    FargateSize Recommended,
    decimal CpuAveragePercent,
    decimal CpuMaxPercent,
    decimal MemoryAveragePercent,
    decimal MemoryMaxPercent,
    decimal RunningHoursPerMonth,
    decimal MonthlySaving);
