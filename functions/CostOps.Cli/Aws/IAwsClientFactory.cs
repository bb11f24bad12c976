using CostOps.Aws.Ecs;
using CostOps.Aws.Lambda;

namespace CostOps.Cli.Aws;

/// <summary>The AWS clients the commands use, for a region chosen at run time.</summary>
public interface IAwsClientFactory
{
    ICallerIdentityClient CallerIdentity { get; }

    /// <summary>AssumeRole into a member account (costops plan/status/keep-running/release --account, status --all).</summary>
    IRoleAssumer Roles { get; }

    IEcsClient Ecs(string region);

    /// <summary>For synchronous invokes: one attempt, no retry (a dry run is not repeated behind the user's back), 15-minute timeout.</summary>
    ILambdaClient Lambda(string region);
}
