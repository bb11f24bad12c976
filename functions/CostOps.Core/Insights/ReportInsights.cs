namespace CostOps.Core.Insights;

/// <summary>The weekly report's money-finding sections. Each part that could not be computed is one problem line.</summary>
public sealed record ReportInsights
{
    /// <summary>CloudWatch GetMetricData: $0.01 per 1,000 metrics requested.</summary>
    public const decimal CostPerMetric = 0.00001m;

    public AnomalyFindings? Anomalies { get; init; }

    public string? AnomalyProblem { get; init; }

    /// <summary>Largest saving first.</summary>
    public IReadOnlyList<RightSizingRecommendation> RightSizing { get; init; } = [];

    public decimal Headroom { get; init; } = RightSizingOptions.DefaultHeadroom;

    /// <summary>Services looked at, and how many of them had no utilization (stopped all window).</summary>
    public int ServicesMeasured { get; init; }

    public int ServicesWithoutData { get; init; }

    /// <summary>Set when utilization could not be read; right-sizing and the runaway guard are then not shown.</summary>
    public string? UtilizationProblem { get; init; }

    public IReadOnlyList<RunawayFinding> Runaway { get; init; } = [];

    public IReadOnlyList<string> LongOverrides { get; init; } = [];

    public int CloudWatchMetrics { get; init; }

    public decimal CloudWatchCost => CloudWatchMetrics * CostPerMetric;
}
