namespace CostOps.Aws.Http;

/// <summary>Waits for a span of time (backoff, rate limiting); injectable so tests never sleep.</summary>
public interface IAsyncDelay
{
    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}
