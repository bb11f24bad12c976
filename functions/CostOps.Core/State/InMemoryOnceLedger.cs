namespace CostOps.Core.State;

/// <summary>An <see cref="IOnceLedger"/> in memory. A key whose expiry has passed counts as not recorded. Thread-safe.</summary>
public sealed class InMemoryOnceLedger(TimeProvider time) : IOnceLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _keys = new(StringComparer.Ordinal);

    public Task<bool> TryRecordAsync(string key, string detail, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_keys.TryGetValue(key, out var expiry) && expiry > time.GetUtcNow())
            {
                return Task.FromResult(false);
            }

            _keys[key] = expiresAt;
            return Task.FromResult(true);
        }
    }

    public Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _keys.Remove(key);
        }

        return Task.CompletedTask;
    }
}
