using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using CostOps.Aws.Http;
using CostOps.Core.Observability;

namespace CostOps.Benchmarks;

/// <summary>
/// Writes, for every call of the inner transport, the Debug <c>aws.call</c> line the production transport writes for
/// a successful call (same event and fields), guarded the same way: so the log volume counts it exactly.
/// </summary>
internal sealed class CallLoggingTransport(IAwsTransport inner, IStructuredLog log) : IAwsTransport
{
    public async Task<TResponse> InvokeJsonAsync<TRequest, TResponse>(
        AwsService service, string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var response = await inner.InvokeJsonAsync(service, operation, request, requestType, responseType, cancellationToken);
        Logged(service, operation);
        return response;
    }

    public async Task<XDocument> InvokeQueryAsync(AwsService service, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        var response = await inner.InvokeQueryAsync(service, action, parameters, cancellationToken);
        Logged(service, action);
        return response;
    }

    public async Task<AwsRestResponse> InvokeRestAsync(
        AwsService service, HttpMethod method, string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var response = await inner.InvokeRestAsync(service, method, pathAndQuery, headers, body, cancellationToken);
        Logged(service, method.Method + " " + pathAndQuery);
        return response;
    }

    private void Logged(AwsService service, string operation)
    {
        if (!log.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        log.Write(LogLevel.Debug, "aws.call", $"{service.ServiceId} {operation} succeeded",
        [
            new("service", service.ServiceId), new("operation", operation), new("attempt", 1.ToString(CultureInfo.InvariantCulture)),
            new("requestId", "0f6c2f4e-8c1d-4b7a-9d7e-3f1a2b3c4d5e"), new("backoffMs", null),
        ]);
    }
}
