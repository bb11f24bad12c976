using CostOps.Aws.Http;
using CostOps.Aws.Json;

namespace CostOps.Aws.CostExplorer;

public sealed class CostExplorerClient(IAwsTransport transport) : ICostExplorerClient
{
    private static readonly AwsService CeService = AwsServices.CostExplorer;
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public Task<GetCostAndUsageResponse> GetCostAndUsageAsync(GetCostAndUsageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Metrics is null || request.Metrics.Count == 0)
        {
            throw new ArgumentException("Cost Explorer GetCostAndUsage needs at least one metric, e.g. UnblendedCost.", nameof(request));
        }

        if (request.GroupBy is { Count: > 2 })
        {
            throw new ArgumentException($"Cost Explorer GetCostAndUsage groups by at most 2 keys, got {request.GroupBy.Count}.", nameof(request));
        }

        return _transport.InvokeJsonAsync(CeService, "GetCostAndUsage", request, AwsJsonContext.Default.GetCostAndUsageRequest, AwsJsonContext.Default.GetCostAndUsageResponse, cancellationToken);
    }

    public IAsyncEnumerable<GetCostAndUsageResponse> GetCostAndUsageAllAsync(GetCostAndUsageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AwsPagination.PaginateAsync($"{CeService.ServiceId} GetCostAndUsage", request.NextPageToken, (token, ct) => GetCostAndUsageAsync(request with { NextPageToken = token }, ct), page => page.NextPageToken, cancellationToken);
    }

    public Task<GetCostForecastResponse> GetCostForecastAsync(GetCostForecastRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PredictionIntervalLevel is < 51 or > 99)
        {
            throw new ArgumentException($"Cost Explorer GetCostForecast PredictionIntervalLevel must be 51 to 99, got {request.PredictionIntervalLevel}.", nameof(request));
        }

        return _transport.InvokeJsonAsync(CeService, "GetCostForecast", request, AwsJsonContext.Default.GetCostForecastRequest, AwsJsonContext.Default.GetCostForecastResponse, cancellationToken);
    }

    public Task<GetAnomaliesResponse> GetAnomaliesAsync(GetAnomaliesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DateInterval is null || string.IsNullOrWhiteSpace(request.DateInterval.StartDate))
        {
            throw new ArgumentException("Cost Explorer GetAnomalies needs DateInterval.StartDate (yyyy-MM-dd).", nameof(request));
        }

        if (request.MaxResults is < 1)
        {
            throw new ArgumentException($"Cost Explorer GetAnomalies MaxResults must be at least 1, got {request.MaxResults}.", nameof(request));
        }

        return _transport.InvokeJsonAsync(CeService, "GetAnomalies", request, AwsJsonContext.Default.GetAnomaliesRequest, AwsJsonContext.Default.GetAnomaliesResponse, cancellationToken);
    }

    public IAsyncEnumerable<GetAnomaliesResponse> GetAnomaliesAllAsync(GetAnomaliesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AwsPagination.PaginateAsync($"{CeService.ServiceId} GetAnomalies", request.NextPageToken, (token, ct) => GetAnomaliesAsync(request with { NextPageToken = token }, ct), page => page.NextPageToken, cancellationToken);
    }
}
