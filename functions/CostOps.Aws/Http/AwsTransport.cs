using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Xml;
using System.Xml.Linq;
using Amazon.Util;
using CostOps.Core.Observability;

namespace CostOps.Aws.Http;

/// <summary>
/// CostOps' own AWS client: encodes the JSON 1.1, Query and REST-JSON protocols, signs with SigV4, applies
/// client-side ECS rate limits, retries throttling/5xx/network faults with full-jitter backoff and counts every call.
/// </summary>
public sealed class AwsTransport : IAwsTransport
{
    private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";

    private readonly AwsRequestSender _sender;

    /// <param name="delay">Waits for backoff and rate limits (<see cref="TimeProviderDelay"/> in production).</param>
    /// <param name="jitter">Returns a number in [0, 1) for full-jitter backoff (<c>Random.Shared.NextDouble</c> in production).</param>
    public AwsTransport(
        HttpClient httpClient,
        ICredentialSource credentials,
        AwsEndpointResolver endpoints,
        AwsTransportOptions options,
        TimeProvider timeProvider,
        IAsyncDelay delay,
        Func<double> jitter,
        AwsCallStatistics statistics,
        IStructuredLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(delay);
        ArgumentNullException.ThrowIfNull(jitter);
        ArgumentNullException.ThrowIfNull(statistics);
        options.Validate();
        Statistics = statistics;
        _sender = new AwsRequestSender(httpClient, credentials, endpoints, options, timeProvider, delay, jitter, statistics, log);
    }

    /// <summary>Calls, retries and throttles so far, per service and operation.</summary>
    public AwsCallStatistics Statistics { get; }

    /// <summary>The client-side rate bucket <paramref name="operation"/> draws from on this transport (null when the service is not limited).</summary>
    internal TokenBucket? RateBucket(AwsService service, string operation) => _sender.Limiter.BucketFor(service, operation);

    public async Task<TResponse> InvokeJsonAsync<TRequest, TResponse>(
        AwsService service,
        string operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(requestType);
        ArgumentNullException.ThrowIfNull(responseType);
        RequireProtocol(service, AwsProtocol.Json);
        var headers = new KeyValuePair<string, string>[]
        {
            new("content-type", $"application/x-amz-json-{service.JsonVersion ?? "1.1"}"),
            new("x-amz-target", $"{service.TargetPrefix}.{operation}"),
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        var response = await _sender.SendAsync(service, operation, new AwsWireRequest(HttpMethod.Post, "/", headers, body), cancellationToken).ConfigureAwait(false);
        try
        {
            // Operations without output may answer with an empty body.
            var json = response.Body.Length == 0 ? "{}"u8.ToArray() : response.Body;
            return JsonSerializer.Deserialize(json, responseType)
                ?? throw new InvalidDataException($"{service.ServiceId} {operation} answered 'null' instead of a JSON object [request id {response.RequestId}].");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{service.ServiceId} {operation} answered JSON that does not match {typeof(TResponse).Name}: {ex.Message} [request id {response.RequestId}]", ex);
        }
    }

    public async Task<XDocument> InvokeQueryAsync(
        AwsService service,
        string action,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrEmpty(action);
        ArgumentNullException.ThrowIfNull(parameters);
        RequireProtocol(service, AwsProtocol.Query);
        var form = new StringBuilder()
            .Append("Action=").Append(AWSSDKUtils.UrlEncode(action, false))
            .Append("&Version=").Append(AWSSDKUtils.UrlEncode(service.ApiVersion ?? throw new InvalidOperationException($"{service.ServiceId} has no ApiVersion for the Query protocol."), false));
        foreach (var (name, value) in parameters)
        {
            form.Append('&').Append(AWSSDKUtils.UrlEncode(name, false)).Append('=').Append(AWSSDKUtils.UrlEncode(value, false));
        }

        var headers = new KeyValuePair<string, string>[] { new("content-type", FormContentType) };
        var wire = new AwsWireRequest(HttpMethod.Post, "/", headers, Encoding.UTF8.GetBytes(form.ToString()));
        var response = await _sender.SendAsync(service, action, wire, cancellationToken).ConfigureAwait(false);
        try
        {
            using var stream = new MemoryStream(response.Body, writable: false);
            return XDocument.Load(stream);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"{service.ServiceId} {action} answered a body that is not XML: {ex.Message} [request id {response.RequestId}]", ex);
        }
    }

    public async Task<AwsRestResponse> InvokeRestAsync(
        AwsService service,
        HttpMethod method,
        string pathAndQuery,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(headers);
        if (string.IsNullOrEmpty(pathAndQuery) || pathAndQuery[0] != '/')
        {
            throw new ArgumentException($"The REST path must start with '/': '{pathAndQuery}'.", nameof(pathAndQuery));
        }

        RequireProtocol(service, AwsProtocol.RestJson);
        var operation = $"{method.Method} {PathOnly(pathAndQuery)}";
        var wire = new AwsWireRequest(method, pathAndQuery, headers, body.ToArray());
        var response = await _sender.SendAsync(service, operation, wire, cancellationToken).ConfigureAwait(false);
        return new AwsRestResponse((int)response.Status, response.Headers, response.Body);
    }

    private static string PathOnly(string pathAndQuery)
    {
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? pathAndQuery : pathAndQuery[..query];
    }

    private static void RequireProtocol(AwsService service, AwsProtocol expected)
    {
        if (service.Protocol != expected)
        {
            throw new ArgumentException($"{service.ServiceId} speaks {service.Protocol}, not {expected}: call the matching Invoke method.", nameof(service));
        }
    }
}
