using System.Collections;
using CostOps.Core.Observability;

namespace CostOps.Aws.Http;

/// <summary>Builds the production transport from the process environment and the SDK's default credentials.</summary>
public static class AwsTransportFactory
{
    public static AwsTransport FromEnvironment(TimeProvider timeProvider, AwsTransportOptions? options = null, IStructuredLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        options = (options ?? new AwsTransportOptions()).Validate();
        var httpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = options.HttpTimeout,
        };
        return new AwsTransport(
            httpClient,
            new DefaultCredentialSource(),
            new AwsEndpointResolver(ReadEnvironment()),
            options,
            timeProvider,
            new TimeProviderDelay(timeProvider),
            Random.Shared.NextDouble,
            new AwsCallStatistics(),
            log);
    }

    internal static Dictionary<string, string> ReadEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
