using CostOps.Aws.Ecs;
using CostOps.Aws.Http;
using CostOps.Aws.Lambda;

namespace CostOps.Cli.Aws;

/// <summary>The access layer's clients over the process environment, with the region the command resolved.</summary>
public sealed class AwsClientFactory(IReadOnlyDictionary<string, string> environment, TimeProvider time) : IAwsClientFactory
{
    public ICallerIdentityClient CallerIdentity { get; } = new StsCallerIdentityClient();

    public IRoleAssumer Roles { get; } = new StsRoleAssumer();

    public IEcsClient Ecs(string region) => new EcsClient(AwsTransportFactory.FromEnvironment(InRegion(region), time));

    public ILambdaClient Lambda(string region) =>
        new LambdaClient(AwsTransportFactory.FromEnvironment(InRegion(region), time, new AwsTransportOptions { MaxAttempts = 1, HttpTimeout = TimeSpan.FromMinutes(15) }));

    private Dictionary<string, string> InRegion(string region) =>
        new(environment, StringComparer.Ordinal) { [AwsEndpointResolver.RegionVariable] = region };
}
