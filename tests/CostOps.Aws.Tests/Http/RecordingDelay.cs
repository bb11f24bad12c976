using CostOps.Aws.Http;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.Http;

/// <summary>Instead of sleeping, records the wait and moves the manual clock forward by it.</summary>
internal sealed class RecordingDelay(FakeTimeProvider clock) : IAsyncDelay
{
    public List<TimeSpan> Waits { get; } = [];

    /// <summary>Called after recording; lets a test cancel mid-wait.</summary>
    public Action? OnWait { get; set; }

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        Waits.Add(delay);
        OnWait?.Invoke();
        cancellationToken.ThrowIfCancellationRequested();
        clock.Advance(delay);
        return Task.CompletedTask;
    }
}
