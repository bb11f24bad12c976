namespace CostOps.Cli.Aws;

public interface ICallerIdentityClient
{
    /// <exception cref="CredentialsException">No credentials, or AWS rejected them.</exception>
    Task<CallerIdentity> GetCallerIdentityAsync(string region, CancellationToken cancellationToken);
}
