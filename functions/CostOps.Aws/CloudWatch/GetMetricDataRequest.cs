namespace CostOps.Aws.CloudWatch;

/// <summary>CloudWatch <c>GetMetricData</c> input (Query protocol). At most 500 queries a call.</summary>
public sealed record GetMetricDataRequest
{
    public required IReadOnlyList<MetricDataQuery> MetricDataQueries { get; init; }

    public required DateTimeOffset StartTime { get; init; }

    public required DateTimeOffset EndTime { get; init; }

    public string? NextToken { get; init; }

    /// <summary>TimestampDescending (service default) or TimestampAscending.</summary>
    public string? ScanBy { get; init; }
}
