namespace CostOps.Aws.Http;

/// <summary>Production delay: a timer of the given <see cref="TimeProvider"/>.</summary>
public sealed class TimeProviderDelay(TimeProvider timeProvider) : IAsyncDelay
{
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, timeProvider, cancellationToken);
}
