namespace CostOps.Cli.Aws;

/// <summary>STS AssumeRole with the user's credentials: how the command line reaches a member account.</summary>
public interface IRoleAssumer
{
    /// <exception cref="RoleAssumeException">STS refused (AccessDenied: the role does not trust the caller or the external id is wrong), or could not be reached.</exception>
    Task<AssumedCredentials> AssumeRoleAsync(string roleArn, string? externalId, string region, CancellationToken cancellationToken);
}
