using Amazon.Runtime;
using CostOps.Aws.Http;

namespace CostOps.Aws.Tests.Http;

internal sealed class FixedCredentials(string accessKey, string secretKey, string? token = null) : ICredentialSource
{
    public Task<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ImmutableCredentials(accessKey, secretKey, token));
}
