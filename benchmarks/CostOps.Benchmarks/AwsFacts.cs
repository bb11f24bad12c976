namespace CostOps.Benchmarks;

/// <summary>
/// The figures of shared/reference/aws-facts.md the model uses, and the latencies it assumes (not measured here:
/// typical same-Region round trips, stated in RESULTS.md so the reader can redo the sums with others).
/// </summary>
internal static class AwsFacts
{
    public const double ServiceModifyBurst = 50, ServiceModifyRate = 5;
    public const double ServiceReadBurst = 100, ServiceReadRate = 20;
    public const double ClusterReadBurst = 50, ClusterReadRate = 20;
    public const double TagModifyBurst = 20, TagModifyRate = 10;
    public const int ListPageSize = 100, DescribeBatch = 10, ClustersPerListPage = 100;
    public const decimal LambdaGbSecond = 0.0000166667m;
    public const decimal LambdaRequest = 0.0000002m;
    public const decimal MemoryGb = 0.5m;

    /// <summary>Assumed round trip of one ECS or Application Auto Scaling call.</summary>
    public const double AwsCallSeconds = 0.050;

    /// <summary>Assumed round trip of one DynamoDB GetItem or PutItem.</summary>
    public const double DynamoCallSeconds = 0.008;

    /// <summary>Time a token bucket needs to grant <paramref name="calls"/> calls when it starts full.</summary>
    public static double BucketSeconds(double calls, double burst, double rate) => Math.Max(0, calls - burst) / rate;
}
