using CostOps.Aws.Http;

namespace CostOps.Simulator;

/// <summary>How CostOps' real access layer is pointed at a simulated account: the variables a function reads, and a transport.</summary>
public static class SimulatedAws
{
    public const string Endpoint = "http://aws.simulator.local";
    public const string AccessKeyId = "AKIASIMULATOR0000000";
    public const string SecretAccessKey = "simulated/secret/key/not/a/real/one/000";

    /// <summary>AWS_REGION, AWS_ENDPOINT_URL (every service at the simulator) and credentials to sign with.</summary>
    public static Dictionary<string, string> Variables(SimulatedAccount account) => new(StringComparer.Ordinal)
    {
        ["AWS_REGION"] = account.Region,
        [AwsEndpointResolver.EndpointUrlVariable] = Endpoint,
        ["AWS_ACCESS_KEY_ID"] = AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = SecretAccessKey,
    };

    /// <summary>The production transport over <paramref name="handler"/>, waiting on <paramref name="delay"/>.</summary>
    public static AwsTransport Transport(SimulatorHandler handler, IAsyncDelay delay, Func<double> jitter, AwsTransportOptions? options = null, AwsCallStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var variables = Variables(handler.Account);
        return new AwsTransport(
            new HttpClient(handler, disposeHandler: false),
            new VariablesCredentialSource(variables),
            new AwsEndpointResolver(variables),
            options ?? new AwsTransportOptions(),
            handler.Account.Clock,
            delay,
            jitter,
            statistics ?? new AwsCallStatistics());
    }
}
