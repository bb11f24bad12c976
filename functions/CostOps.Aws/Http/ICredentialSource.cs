using Amazon.Runtime;

namespace CostOps.Aws.Http;

/// <summary>Supplies the credentials one request is signed with (fresh each call, so rotated role credentials are picked up).</summary>
public interface ICredentialSource
{
    Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
}
