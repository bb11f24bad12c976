using CostOps.Core.Observability;

namespace CostOps.Aws.Http;

/// <summary>Builds the production transport from the function's environment variables and the SDK's default credentials.</summary>
public static class AwsTransportFactory
{
    /// <param name="environment">The variables to resolve region and endpoint overrides from (AWS_REGION, AWS_ENDPOINT_URL…).</param>
    public static AwsTransport FromEnvironment(IReadOnlyDictionary<string, string> environment, TimeProvider timeProvider, AwsTransportOptions? options = null, IStructuredLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options = (options ?? new AwsTransportOptions()).Validate();
        var httpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = options.HttpTimeout,
        };
        return new AwsTransport(
            httpClient,
            new DefaultCredentialSource(),
            new AwsEndpointResolver(environment),
            options,
            timeProvider,
            new TimeProviderDelay(timeProvider),
            Random.Shared.NextDouble,
            new AwsCallStatistics(),
            log);
    }
}
