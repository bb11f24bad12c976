using CostOps.Aws.Http;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Aws.Tests.Http;

public class TokenBucketTests
{
    private readonly FakeTimeProvider _clock = TestClock.At("2026-03-02T07:30:00Z");

    [Fact]
    public async Task AcquireAsync_WithinBurst_DoesNotWait()
    {
        var delay = new RecordingDelay(_clock);
        var bucket = new TokenBucket(new TokenBucketLimit(3, 1), _clock, delay);

        for (var i = 0; i < 3; i++)
        {
            await bucket.AcquireAsync(CancellationToken.None);
        }

        Assert.Empty(delay.Waits);
    }

    [Fact]
    public async Task AcquireAsync_BeyondBurst_WaitsForRefillAtSustainedRate()
    {
        var delay = new RecordingDelay(_clock);
        var bucket = new TokenBucket(new TokenBucketLimit(2, 5), _clock, delay);

        for (var i = 0; i < 4; i++)
        {
            await bucket.AcquireAsync(CancellationToken.None);
        }

        // Tokens 2 and 3 of the overflow arrive 0.2 s apart at 5/s.
        Assert.Equal([TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(0.2)], delay.Waits);
    }

    [Fact]
    public async Task AcquireAsync_AfterIdleTime_RefillsButNotAboveBurst()
    {
        var delay = new RecordingDelay(_clock);
        var bucket = new TokenBucket(new TokenBucketLimit(2, 1), _clock, delay);
        await bucket.AcquireAsync(CancellationToken.None);
        await bucket.AcquireAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(2, bucket.Available);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ReturnsTheReservedToken()
    {
        var delay = new RecordingDelay(_clock);
        var bucket = new TokenBucket(new TokenBucketLimit(1, 1), _clock, delay);
        await bucket.AcquireAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        delay.OnWait = cancellation.Cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bucket.AcquireAsync(cancellation.Token));

        Assert.Equal(0, bucket.Available);
    }
}
