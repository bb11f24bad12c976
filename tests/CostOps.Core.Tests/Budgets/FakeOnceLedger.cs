using System.Collections.Concurrent;
using CostOps.Core.State;

namespace CostOps.Core.Tests.Budgets;

/// <summary>An in-memory ledger as atomic as the conditional write it stands for: each key is decided once under a lock, and a key
/// whose expiry has passed counts as absent (given a clock). Yields before each operation; tests hold a run at an exact step with
/// <see cref="AfterRecord"/>.</summary>
internal sealed class FakeOnceLedger(TimeProvider? time = null) : IOnceLedger
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, (string Detail, DateTimeOffset ExpiresAt)> _records = new(StringComparer.Ordinal);

    public Func<string, bool>? FailRecordWhen { get; set; }

    public bool FailForget { get; set; }

    /// <summary>Runs after each record attempt with the key and its outcome; lets a test hold one run at an exact point.</summary>
    public Func<string, bool, Task>? AfterRecord { get; set; }

    public IReadOnlyCollection<string> Keys => _records.Keys.Order(StringComparer.Ordinal).ToList();

    public DateTimeOffset ExpiryOf(string key) => _records[key].ExpiresAt;

    public async Task<bool> TryRecordAsync(string key, string detail, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (FailRecordWhen?.Invoke(key) == true)
        {
            throw new InvalidOperationException("ledger table unavailable");
        }

        bool recorded;
        lock (_gate)
        {
            recorded = !_records.TryGetValue(key, out var existing) || (time is not null && existing.ExpiresAt <= time.GetUtcNow());
            if (recorded)
            {
                _records[key] = (detail, expiresAt);
            }
        }

        if (AfterRecord is not null)
        {
            await AfterRecord(key, recorded);
        }

        return recorded;
    }

    public async Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (FailForget)
        {
            throw new InvalidOperationException("ledger delete denied");
        }

        _records.TryRemove(key, out _);
    }
}
