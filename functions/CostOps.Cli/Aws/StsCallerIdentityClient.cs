using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace CostOps.Cli.Aws;

/// <summary>STS GetCallerIdentity with the SDK's default credential chain (environment, AWS_PROFILE, SSO, roles).</summary>
public sealed class StsCallerIdentityClient : ICallerIdentityClient
{
    public async Task<CallerIdentity> GetCallerIdentityAsync(string region, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new AmazonSecurityTokenServiceClient(RegionEndpoint.GetBySystemName(region));
            var response = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
            return new CallerIdentity(response.Account, response.Arn);
        }
        catch (AmazonServiceException ex)
        {
            throw new CredentialsException(ex.ErrorCode ?? "Unknown", ex.Message);
        }
        catch (AmazonClientException ex)
        {
            throw new CredentialsException(CredentialsException.NoCredentials, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            throw new CredentialsException(CredentialsException.Unreachable, $"sts.{region}: {ex.Message}");
        }
    }
}
