using CostOps.Aws.Http;
using CostOps.Aws.Sts;
using CostOps.Cli.Aws;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>The command line's AssumeRole answered by a simulated organisation's STS (through the access layer), as STS would answer it.</summary>
public sealed class SimulatedStsRoleAssumer(IStsClient sts) : IRoleAssumer
{
    public async Task<AssumedCredentials> AssumeRoleAsync(string roleArn, string? externalId, string region, CancellationToken cancellationToken)
    {
        try
        {
            var role = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = StsRoleAssumer.SessionName, ExternalId = externalId }, cancellationToken);
            return new AssumedCredentials(role.AccessKeyId, role.SecretAccessKey, role.SessionToken, role.Expiration);
        }
        catch (AwsServiceException ex)
        {
            throw new RoleAssumeException(roleArn, ex.ErrorCode, ex.ErrorMessage);
        }
    }
}
