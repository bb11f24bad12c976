namespace CostOps.Simulator;

/// <summary>
/// The organisation's STS sessions: which access key belongs to which account and until when, and which accounts
/// AssumeRole refuses. The hub's own key (<see cref="SimulatedAws.AccessKeyId"/>) belongs to the management account
/// and never expires. Used under the organisation's gate.
/// </summary>
internal sealed class SimSessionKeys(string managementAccountId)
{
    private readonly HashSet<string> _denied = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Account, DateTimeOffset Expiration)> _keys = new(StringComparer.Ordinal);

    /// <summary>From now on every AssumeRole into <paramref name="accountId"/> is refused.</summary>
    public void Deny(string accountId) => _denied.Add(accountId);

    public bool IsDenied(string accountId) => _denied.Contains(accountId);

    public void Issue(string accessKeyId, string accountId, DateTimeOffset expiration) => _keys[accessKeyId] = (accountId, expiration);

    /// <summary>Every key issued into <paramref name="accountId"/> so far expires at <paramref name="now"/>.</summary>
    public void ExpireAll(string accountId, DateTimeOffset now)
    {
        foreach (var key in _keys.Where(k => k.Value.Account == accountId).Select(k => k.Key).ToList())
        {
            _keys[key] = (accountId, now);
        }
    }

    /// <summary>Whose key <paramref name="accessKeyId"/> is: the account and when it expires (never, for the hub's key); null when unknown.</summary>
    public (string Account, DateTimeOffset Expiration)? Owner(string accessKeyId) =>
        accessKeyId == SimulatedAws.AccessKeyId ? (managementAccountId, DateTimeOffset.MaxValue)
        : _keys.TryGetValue(accessKeyId, out var owner) ? owner
        : null;
}
