namespace CostOps.Simulator;

/// <summary>
/// ECS's published API throttling: one token bucket per category per account and Region, refilled on the
/// virtual clock. A call finding its bucket empty is answered with ThrottlingException and changes nothing.
/// </summary>
public sealed class EcsThrottleBuckets
{
    private readonly Dictionary<string, (double Tokens, DateTimeOffset At)> _buckets = new(StringComparer.Ordinal);

    /// <summary>Category of an ECS action, with its burst and sustained rate per second.</summary>
    public static (string Category, int Burst, double PerSecond) For(string operation) => operation switch
    {
        "CreateService" or "UpdateService" or "DeleteService" => ("service modify", 50, 5),
        "DescribeServices" or "ListServices" => ("service read", 100, 20),
        "DescribeClusters" or "ListClusters" => ("cluster read", 50, 20),
        "TagResource" or "UntagResource" => ("tag modify", 20, 10),
        "PutClusterCapacityProviders" or "UpdateCluster" or "UpdateClusterSettings" => ("cluster modify", 20, 1),
        _ when operation.StartsWith("Describe", StringComparison.Ordinal) || operation.StartsWith("List", StringComparison.Ordinal) => ("other read", 50, 20),
        _ => ("other modify", 20, 1),
    };

    /// <summary>Takes a token for <paramref name="operation"/> at <paramref name="now"/>; false when its bucket is empty.</summary>
    public bool TryTake(string operation, DateTimeOffset now)
    {
        var (category, burst, rate) = For(operation);
        var (tokens, at) = _buckets.TryGetValue(category, out var bucket) ? bucket : (burst, now);
        tokens = Math.Min(burst, tokens + (Math.Max(0, (now - at).TotalSeconds) * rate));
        if (tokens < 1)
        {
            _buckets[category] = (tokens, now);
            return false;
        }

        _buckets[category] = (tokens - 1, now);
        return true;
    }

    /// <summary>Tokens left in the category of <paramref name="operation"/> at <paramref name="now"/>.</summary>
    public double Available(string operation, DateTimeOffset now)
    {
        var (category, burst, rate) = For(operation);
        return _buckets.TryGetValue(category, out var bucket) ? Math.Min(burst, bucket.Tokens + (Math.Max(0, (now - bucket.At).TotalSeconds) * rate)) : burst;
    }
}
