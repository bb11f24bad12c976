using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;

namespace CostOps.Aws.Http;

/// <summary>
/// Sends one signed AWS request and returns the parsed response. Implementations resolve the
/// endpoint, sign with SigV4, apply client-side rate limits, retry throttling and 5xx errors with
/// jittered backoff (bounded, honouring cancellation), and turn AWS errors into <see cref="AwsServiceException"/>.
/// </summary>
public interface IAwsTransport
{
    /// <summary>JSON 1.0/1.1 protocol: POST / with <c>X-Amz-Target: {TargetPrefix}.{operation}</c>.</summary>
    Task<TResponse> InvokeJsonAsync<TRequest, TResponse>(
        AwsService service,
        string operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken);

    /// <summary>Query protocol: form-encoded POST with Action and Version; returns the XML response document.</summary>
    Task<XDocument> InvokeQueryAsync(
        AwsService service,
        string action,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        CancellationToken cancellationToken);

    /// <summary>REST-JSON protocol: a request to a path with headers and a raw body.</summary>
    Task<AwsRestResponse> InvokeRestAsync(
        AwsService service,
        HttpMethod method,
        string pathAndQuery,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken);
}
