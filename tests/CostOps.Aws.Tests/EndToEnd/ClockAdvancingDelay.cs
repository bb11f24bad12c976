using CostOps.Aws.Http;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>Moves the manual clock forward by each wait instead of sleeping. Thread-safe: concurrent waits add up.</summary>
internal sealed class ClockAdvancingDelay(FakeTimeProvider clock, Lock clockGate) : IAsyncDelay
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
