namespace CostOps.Core.Insights;

/// <summary>One Cost Anomaly Detection anomaly as CostOps reports it; any member may be missing.</summary>
/// <param name="Dimension">The monitored dimension's value, e.g. the service name.</param>
/// <param name="TotalImpact">Dollars above the expected spend over the anomaly.</param>
/// <param name="ImpactPercent">TotalImpact as a percentage of the expected spend, when the service gives it.</param>
/// <param name="TopRootCause">"service, usage type, region, account" of the first root cause, parts that are given.</param>
public sealed record CostAnomaly(
    string? AnomalyId,
    string? MonitorArn,
    string? Dimension,
    DateOnly? Start,
    DateOnly? End,
    decimal? TotalImpact,
    decimal MaxImpact,
    decimal? ImpactPercent,
    string? TopRootCause);
