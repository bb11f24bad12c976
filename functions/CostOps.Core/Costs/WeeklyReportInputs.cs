using CostOps.Core.Activity;
using CostOps.Core.Budgets;

namespace CostOps.Core.Costs;

/// <summary>Everything fetched for one report. A null cost list means it could not be read; the matching problem says why.</summary>
public sealed record WeeklyReportInputs
{
    public required ReportWindow Window { get; init; }

    public required string Metric { get; init; }

    public required string TagKey { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public IReadOnlyList<DailyCost>? ByService { get; init; }

    /// <summary>Set when Cost Explorer could not be used at all (not enabled, access denied).</summary>
    public string? CostExplorerProblem { get; init; }

    public IReadOnlyList<DailyCost>? ByTag { get; init; }

    public string? TagProblem { get; init; }

    /// <summary>Daily cost per linked account (<see cref="DailyCost.Group"/> is the account id), from the by-tag request; null when not read.</summary>
    public IReadOnlyList<DailyCost>? ByAccount { get; init; }

    /// <summary>Account names Cost Explorer gave with the spend per account, by account id.</summary>
    public IReadOnlyDictionary<string, string> AccountNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public CostForecast? Forecast { get; init; }

    public string? ForecastProblem { get; init; }

    public IReadOnlyList<BudgetSnapshot> Budgets { get; init; } = [];

    public string? BudgetProblem { get; init; }

    /// <summary>Activity from the lookback before the week to the week's end, any order.</summary>
    public IReadOnlyList<ServiceActivity> Activity { get; init; } = [];

    /// <summary>Set when the activity log could not be read; savings are then not computed.</summary>
    public string? ActivityProblem { get; init; }

    public IReadOnlyList<OffScheduleService> RunningOutsideSchedule { get; init; } = [];

    /// <summary>Set when the fleet status could not be read.</summary>
    public string? FleetProblem { get; init; }

    /// <summary>The Fargate usage-type lines of the by-service request (Spot savings from the bill); empty when not read.</summary>
    public IReadOnlyList<UsageTypeCost> FargateUsage { get; init; } = [];

    public int CostExplorerRequests { get; init; }

    /// <summary>False when no insights source is configured: the report then has no anomaly, right-sizing or guard sections.</summary>
    public bool InsightsRead { get; init; }

    public Insights.AnomalyFindings? Anomalies { get; init; }

    public string? AnomalyProblem { get; init; }

    public Insights.FleetUtilization? Utilization { get; init; }

    public string? UtilizationProblem { get; init; }

    public int CloudWatchMetrics { get; init; }
}
