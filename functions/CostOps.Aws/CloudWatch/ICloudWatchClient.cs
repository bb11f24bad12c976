namespace CostOps.Aws.CloudWatch;

/// <summary>CloudWatch metrics. GetMetricData is billed per metric requested ($0.01 per 1,000), not per call.</summary>
public interface ICloudWatchClient
{
    /// <summary>One page of one call (1 to 500 queries).</summary>
    Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Any number of queries over one window: sent 500 a call, every page followed, each query's
    /// points joined across pages and returned in the order of <paramref name="queries"/>.
    /// </summary>
    Task<IReadOnlyList<MetricDataResult>> GetMetricDataBatchedAsync(IReadOnlyList<MetricDataQuery> queries, DateTimeOffset startTime, DateTimeOffset endTime, CancellationToken cancellationToken);
}
