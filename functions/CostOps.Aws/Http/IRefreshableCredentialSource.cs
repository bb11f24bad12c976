using Amazon.Runtime;

namespace CostOps.Aws.Http;

/// <summary>
/// A credential source that keeps credentials between calls and can be told that AWS refused them (expired or
/// unknown token), so the next call fetches new ones instead of waiting for the cached ones to reach their expiry.
/// </summary>
public interface IRefreshableCredentialSource : ICredentialSource
{
    /// <summary>
    /// Drops the cached credentials if they are still <paramref name="refused"/>. Credentials fetched since (by another
    /// caller that was refused first) are kept, so calls refused together cause one refresh, not one each.
    /// </summary>
    void Invalidate(ImmutableCredentials refused);
}
