using System.Runtime.CompilerServices;
using CostOps.Core.Activity;

namespace CostOps.Core.State;

/// <summary>Activity kept in memory (local simulator, tests). Thread-safe.</summary>
public sealed class InMemoryActivityLog : IActivityLog
{
    private readonly Lock _gate = new();
    private readonly List<ServiceActivity> _items = [];

    public IReadOnlyList<ServiceActivity> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    public Task AppendAsync(IReadOnlyList<ServiceActivity> items, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _items.AddRange(items);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ServiceActivity> ReadAsync(
        DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<ServiceActivity> selected;
        lock (_gate)
        {
            selected = [.. _items.Where(i => i.At >= from && i.At < to).OrderBy(i => i.At)];
        }

        foreach (var item in selected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask;
    }
}
