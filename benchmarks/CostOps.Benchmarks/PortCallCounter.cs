using System.Collections.Concurrent;

namespace CostOps.Benchmarks;

/// <summary>Thread-safe call counts by name.</summary>
internal sealed class PortCallCounter
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string name, int count = 1) => _counts.AddOrUpdate(name, count, (_, n) => n + count);

    public void Reset() => _counts.Clear();

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);
}
