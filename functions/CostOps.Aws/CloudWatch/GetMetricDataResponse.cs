namespace CostOps.Aws.CloudWatch;

public sealed record GetMetricDataResponse
{
    public IReadOnlyList<MetricDataResult> MetricDataResults { get; init; } = [];

    public string? NextToken { get; init; }
}
