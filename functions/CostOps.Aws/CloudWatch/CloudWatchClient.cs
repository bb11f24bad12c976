using System.Globalization;
using System.Xml.Linq;
using CostOps.Aws.Http;

namespace CostOps.Aws.CloudWatch;

/// <summary>CloudWatch (service <c>monitoring</c>) over the Query protocol: form parameters in, XML out.</summary>
public sealed class CloudWatchClient(IAwsTransport transport) : ICloudWatchClient
{
    /// <summary>The most queries (metrics) one GetMetricData call takes.</summary>
    public const int MaxQueriesPerCall = 500;

    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public async Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = MetricDataQuerySerializer.Serialize(request);
        var document = await _transport.InvokeQueryAsync(AwsServices.CloudWatch, "GetMetricData", parameters, cancellationToken).ConfigureAwait(false);
        return MetricDataXmlReader.Read(document);
    }

    public async Task<IReadOnlyList<MetricDataResult>> GetMetricDataBatchedAsync(IReadOnlyList<MetricDataQuery> queries, DateTimeOffset startTime, DateTimeOffset endTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var merged = new Dictionary<string, MetricDataResult>(StringComparer.Ordinal);
        foreach (var batch in queries.Chunk(MaxQueriesPerCall))
        {
            var request = new GetMetricDataRequest { MetricDataQueries = batch, StartTime = startTime, EndTime = endTime, ScanBy = "TimestampAscending" };
            var pages = AwsPagination.PaginateAsync("CloudWatch GetMetricData", null, (token, ct) => GetMetricDataAsync(request with { NextToken = token }, ct), page => page.NextToken, cancellationToken);
            await foreach (var page in pages.ConfigureAwait(false))
            {
                foreach (var result in page.MetricDataResults)
                {
                    merged[result.Id] = merged.TryGetValue(result.Id, out var earlier) ? Join(earlier, result) : result;
                }
            }
        }

        return queries.Select(q => merged.TryGetValue(q.Id, out var result) ? result : new MetricDataResult { Id = q.Id, Label = q.Label, StatusCode = "Complete" }).ToList();
    }

    /// <summary>Pages of one query: points appended; a Forbidden or InternalError on any page is kept over later statuses.</summary>
    private static MetricDataResult Join(MetricDataResult earlier, MetricDataResult later) => later with
    {
        Label = later.Label ?? earlier.Label,
        Timestamps = [.. earlier.Timestamps, .. later.Timestamps],
        Values = [.. earlier.Values, .. later.Values],
        StatusCode = earlier.StatusCode is "Forbidden" or "InternalError" ? earlier.StatusCode : later.StatusCode,
    };

    internal static string FormatTimestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
