using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace CostOps.Aws.Http;

/// <summary>
/// The AWS SDK's default credential chain (environment variables, profile, web identity, ECS/Lambda
/// container and EC2 instance metadata). In Lambda this resolves the function role's
/// <c>AWS_ACCESS_KEY_ID</c>/<c>AWS_SECRET_ACCESS_KEY</c>/<c>AWS_SESSION_TOKEN</c>.
/// </summary>
public sealed class DefaultCredentialSource : ICredentialSource
{
    private readonly Lazy<AWSCredentials> _credentials = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    public async Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // AWSCredentials refreshes expiring role credentials itself; ask it every time.
        return await _credentials.Value.GetCredentialsAsync().ConfigureAwait(false);
    }

    private static AWSCredentials Resolve()
    {
        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException ex)
        {
            throw new InvalidOperationException(
                "No AWS credentials found by the SDK default chain. Run with an IAM role (Lambda execution role) or set "
                + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (plus AWS_SESSION_TOKEN for temporary credentials), or AWS_PROFILE.",
                ex);
        }
    }
}
