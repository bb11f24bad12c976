using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace CostOps.Cli.Aws;

/// <summary>STS AssumeRole with the SDK's default credential chain (the user's), session name <c>costops-cli</c> so CloudTrail shows who acted.</summary>
public sealed class StsRoleAssumer : IRoleAssumer
{
    public const string SessionName = "costops-cli";

    public async Task<AssumedCredentials> AssumeRoleAsync(string roleArn, string? externalId, string region, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new AmazonSecurityTokenServiceClient(RegionEndpoint.GetBySystemName(region));
            var response = await client.AssumeRoleAsync(
                new AssumeRoleRequest { RoleArn = roleArn, RoleSessionName = SessionName, ExternalId = externalId, DurationSeconds = 3600 },
                cancellationToken).ConfigureAwait(false);
            var credentials = response.Credentials;
            return new AssumedCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, credentials.Expiration is { } expiration ? new DateTimeOffset(DateTime.SpecifyKind(expiration, DateTimeKind.Utc)) : DateTimeOffset.MaxValue);
        }
        catch (AmazonServiceException ex)
        {
            throw new RoleAssumeException(roleArn, ex.ErrorCode ?? "Unknown", ex.Message);
        }
        catch (AmazonClientException ex)
        {
            throw new RoleAssumeException(roleArn, CredentialsException.NoCredentials, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            throw new RoleAssumeException(roleArn, CredentialsException.Unreachable, $"sts.{region}: {ex.Message}");
        }
    }
}
