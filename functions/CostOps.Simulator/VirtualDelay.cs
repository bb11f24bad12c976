using CostOps.Aws.Http;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Simulator;

/// <summary>Moves the virtual clock forward by each wait instead of sleeping. Thread-safe: concurrent waits add up.</summary>
public sealed class VirtualDelay(FakeTimeProvider clock, Lock clockGate) : IAsyncDelay
{
    private long _waits;

    public long Waits => Interlocked.Read(ref _waits);

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _waits);
        lock (clockGate)
        {
            clock.Advance(delay);
        }

        return Task.CompletedTask;
    }
}
