using System.Collections.Concurrent;

namespace CostOps.Aws.Http;

/// <summary>Holds one shared token bucket per ECS throttle category; other services are not limited client-side.</summary>
internal sealed class AwsRateLimiter
{
    private readonly EcsRateLimits _ecs;
    private readonly TimeProvider _timeProvider;
    private readonly IAsyncDelay _delay;
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);

    public AwsRateLimiter(EcsRateLimits ecs, TimeProvider timeProvider, IAsyncDelay delay)
    {
        _ecs = ecs;
        _timeProvider = timeProvider;
        _delay = delay;
    }

    public Task AcquireAsync(AwsService service, string operation, CancellationToken cancellationToken)
    {
        var bucket = BucketFor(service, operation);
        return bucket is null ? Task.CompletedTask : bucket.AcquireAsync(cancellationToken);
    }

    internal TokenBucket? BucketFor(AwsService service, string operation)
    {
        if (!string.Equals(service.ServiceId, AwsServices.Ecs.ServiceId, StringComparison.Ordinal))
        {
            return null;
        }

        var (category, limit) = _ecs.For(operation);
        return _buckets.GetOrAdd(category, _ => new TokenBucket(limit, _timeProvider, _delay));
    }
}
