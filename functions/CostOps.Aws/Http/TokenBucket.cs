namespace CostOps.Aws.Http;

/// <summary>
/// A client-side token bucket driven by a <see cref="TimeProvider"/>. A caller that finds the bucket empty
/// reserves the next token (the balance goes negative) and waits until it has been refilled, so concurrent
/// callers queue in arrival order instead of polling.
/// </summary>
internal sealed class TokenBucket
{
    private readonly Lock _gate = new();
    private readonly TokenBucketLimit _limit;
    private readonly TimeProvider _timeProvider;
    private readonly IAsyncDelay _delay;
    private double _tokens;
    private DateTimeOffset _updatedAt;

    public TokenBucket(TokenBucketLimit limit, TimeProvider timeProvider, IAsyncDelay delay)
    {
        _limit = limit;
        _timeProvider = timeProvider;
        _delay = delay;
        _tokens = limit.Burst;
        _updatedAt = timeProvider.GetUtcNow();
    }

    /// <summary>Tokens currently available (negative when callers are waiting).</summary>
    public double Available
    {
        get
        {
            lock (_gate)
            {
                Refill();
                return _tokens;
            }
        }
    }

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TimeSpan wait;
        lock (_gate)
        {
            Refill();
            _tokens -= 1;
            wait = _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _limit.PerSecond);
        }

        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await _delay.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                // Give the reservation back so later callers do not wait for a call that never happens.
                _tokens = Math.Min(_limit.Burst, _tokens + 1);
            }

            throw;
        }
    }

    private void Refill()
    {
        var now = _timeProvider.GetUtcNow();
        var elapsed = now - _updatedAt;
        if (elapsed <= TimeSpan.Zero)
        {
            return;
        }

        _tokens = Math.Min(_limit.Burst, _tokens + (elapsed.TotalSeconds * _limit.PerSecond));
        _updatedAt = now;
    }
}
