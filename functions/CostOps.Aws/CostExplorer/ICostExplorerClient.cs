namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer (global endpoint in us-east-1). Every call, every page, is billed $0.01.</summary>
public interface ICostExplorerClient
{
    Task<GetCostAndUsageResponse> GetCostAndUsageAsync(GetCostAndUsageRequest request, CancellationToken cancellationToken);

    /// <summary>Follows every page and yields each response.</summary>
    IAsyncEnumerable<GetCostAndUsageResponse> GetCostAndUsageAllAsync(GetCostAndUsageRequest request, CancellationToken cancellationToken);

    Task<GetCostForecastResponse> GetCostForecastAsync(GetCostForecastRequest request, CancellationToken cancellationToken);

    /// <summary>One page of Cost Anomaly Detection anomalies (billed like every Cost Explorer call).</summary>
    Task<GetAnomaliesResponse> GetAnomaliesAsync(GetAnomaliesRequest request, CancellationToken cancellationToken);

    /// <summary>Follows every page of anomalies and yields each response.</summary>
    IAsyncEnumerable<GetAnomaliesResponse> GetAnomaliesAllAsync(GetAnomaliesRequest request, CancellationToken cancellationToken);
}
