namespace CostOps.Core.Insights.Ports;

/// <summary>What the weekly report reads for its money-finding sections. Each method may throw; the report then shows one line.</summary>
public interface IInsightsSource
{
    /// <summary>Cost anomalies between the dates (one paid Cost Explorer request a page); <see cref="InsightsAnswer{T}.PaidRequests"/> counts them.</summary>
    Task<InsightsAnswer<AnomalyFindings>> AnomaliesAsync(DateOnly start, DateOnly endExclusive, CancellationToken cancellationToken);

    /// <summary>Utilization and Auto Scaling ceilings of the managed services over the window (CloudWatch GetMetricData, billed per metric).</summary>
    Task<InsightsAnswer<FleetUtilization>> UtilizationAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken);

    /// <summary>The managed services' Auto Scaling maxima and task sizes only (free read calls), for the runaway guard in budget alerts.</summary>
    Task<IReadOnlyList<ServiceCeiling>> CeilingsAsync(CancellationToken cancellationToken);
}
