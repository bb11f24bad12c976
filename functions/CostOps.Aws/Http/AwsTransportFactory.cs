using CostOps.Core.Observability;

namespace CostOps.Aws.Http;

/// <summary>Builds the production transport from the function's environment variables and the SDK's default credentials.</summary>
public static class AwsTransportFactory
{
    /// <param name="environment">The variables to resolve region and endpoint overrides from (AWS_REGION, AWS_ENDPOINT_URL…).</param>
    /// <param name="handler">
    /// Null in production (sockets, the SDK's default credential chain). Given, every request goes to this handler
    /// instead (an in-process simulated account) and is signed with the credentials among <paramref name="environment"/>.
    /// </param>
    public static AwsTransport FromEnvironment(IReadOnlyDictionary<string, string> environment, TimeProvider timeProvider, AwsTransportOptions? options = null, IStructuredLog? log = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options = (options ?? new AwsTransportOptions()).Validate();
        var credentials = handler is null ? new DefaultCredentialSource() : (ICredentialSource)new VariablesCredentialSource(environment);
        return Create(HttpClientFor(options, handler), credentials, environment, timeProvider, options, log);
    }

    /// <summary>The HTTP client transports send through: pooled sockets in production, <paramref name="handler"/> when given.</summary>
    public static HttpClient HttpClientFor(AwsTransportOptions options, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        return handler is null
            ? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.HttpTimeout }
            : new HttpClient(handler, disposeHandler: false) { Timeout = options.HttpTimeout };
    }

    /// <summary>A transport with its own rate limits and call statistics over a shared <paramref name="httpClient"/>.</summary>
    public static AwsTransport Create(HttpClient httpClient, ICredentialSource credentials, IReadOnlyDictionary<string, string> environment, TimeProvider timeProvider, AwsTransportOptions options, IStructuredLog? log) =>
        new(
            httpClient,
            credentials,
            new AwsEndpointResolver(environment),
            options,
            timeProvider,
            new TimeProviderDelay(timeProvider),
            Random.Shared.NextDouble,
            new AwsCallStatistics(),
            log);
}
