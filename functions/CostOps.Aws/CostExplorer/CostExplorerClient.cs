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
}
