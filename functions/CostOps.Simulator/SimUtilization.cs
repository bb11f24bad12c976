namespace CostOps.Simulator;

/// <summary>
/// How busy a service's tasks are, in percent of the task size, as CloudWatch AWS/ECS reports it. Each hour a
/// task runs gets a seeded, deterministic hourly average within ±10% of the average and an hourly maximum
/// between 80% and 100% of the maximum (never below that hour's average).
/// </summary>
public sealed record SimUtilization(double CpuAverage, double CpuMax, double MemoryAverage, double MemoryMax)
{
    /// <summary>A busy service: no smaller Fargate size fits its peaks at 70% headroom.</summary>
    public static SimUtilization Default { get; } = new(40, 70, 50, 75);

    /// <summary>The configured (average, maximum) of a metric: <c>CPUUtilization</c> or <c>MemoryUtilization</c>.</summary>
    public (double Average, double Max)? Of(string metricName) => metricName switch
    {
        "CPUUtilization" => (CpuAverage, CpuMax),
        "MemoryUtilization" => (MemoryAverage, MemoryMax),
        _ => null,
    };
}
