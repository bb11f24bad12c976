using System.Runtime.CompilerServices;
using CostOps.Core.Spot;
using CostOps.Core.Spot.Ports;

namespace CostOps.Core.State;

/// <summary>Spot usage kept in memory (local simulator, tests), with the same conditional mark as the durable store. Thread-safe.</summary>
public sealed class InMemorySpotUsageLog : ISpotUsageLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _marks = new(StringComparer.Ordinal);
    private readonly Dictionary<(DateOnly, string), SpotUsageDay> _days = [];

    public Task<DateTimeOffset?> LastObservedAsync(string serviceArn, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_marks.TryGetValue(serviceArn, out var at) ? at : (DateTimeOffset?)null);
        }
    }

    public Task<bool> TryClaimAsync(string serviceArn, DateTimeOffset? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = _marks.TryGetValue(serviceArn, out var at) ? at : (DateTimeOffset?)null;
            if (current != previous)
            {
                return Task.FromResult(false);
            }

            _marks[serviceArn] = now;
            return Task.FromResult(true);
        }
    }

    public Task AddAsync(IReadOnlyList<SpotUsageDay> usage, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var u in usage)
            {
                var key = (u.Day, u.ServiceArn);
                _days[key] = _days.TryGetValue(key, out var sum)
                    ? sum with { SpotTaskHours = sum.SpotTaskHours + u.SpotTaskHours, OnDemandTaskHours = sum.OnDemandTaskHours + u.OnDemandTaskHours }
                    : u;
            }
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<SpotUsageDay> ReadAsync(DateOnly from, DateOnly toExclusive, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<SpotUsageDay> selected;
        lock (_gate)
        {
            selected = [.. _days.Values.Where(d => d.Day >= from && d.Day < toExclusive).OrderBy(d => d.Day).ThenBy(d => d.ServiceArn, StringComparer.Ordinal)];
        }

        foreach (var day in selected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return day;
        }

        await Task.CompletedTask;
    }
}
