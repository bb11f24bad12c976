namespace CostOps.Core.State;

/// <summary>
/// Records that something happened exactly once (a weekly email, a budget alert).
/// Implementations must make <see cref="TryRecordAsync"/> atomic: of two concurrent
/// callers with the same key, exactly one gets <c>true</c>.
/// </summary>
public interface IOnceLedger
{
    /// <returns><c>true</c> if the key was not recorded before and now is; <c>false</c> if it already was.</returns>
    Task<bool> TryRecordAsync(string key, string detail, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Removes a key, so that a send that failed after recording can be tried again.</summary>
    Task ForgetAsync(string key, CancellationToken cancellationToken);
}
