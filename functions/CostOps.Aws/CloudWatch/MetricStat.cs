namespace CostOps.Aws.CloudWatch;

/// <summary>CloudWatch <c>MetricStat</c>: one statistic of a metric over periods of <see cref="Period"/> seconds.</summary>
public sealed record MetricStat
{
    public required Metric Metric { get; init; }

    /// <summary>Seconds; a multiple of 60 for standard-resolution metrics such as AWS/ECS.</summary>
    public required int Period { get; init; }

    /// <summary>Average, Maximum, Minimum, Sum, SampleCount or a percentile such as p99.</summary>
    public required string Stat { get; init; }
}
