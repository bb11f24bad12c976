using System.Globalization;
using System.Text;

namespace CostOps.Benchmarks;

/// <summary>
/// Puts the counted calls of the real adapters next to the minimum of aws-facts.md, turns them into the
/// least wall time ECS's sustained rates allow, and prices the Lambda time at 512 MB.
/// </summary>
internal static class ApiModel
{
    public static int Get(IReadOnlyDictionary<string, int> calls, string key) => calls.TryGetValue(key, out var n) ? n : 0;

    /// <summary>ListClusters ⌈C/100⌉ + Σ ListServices ⌈n_c/100⌉ + Σ DescribeServices ⌈n_c/10⌉ + K UpdateService.</summary>
    public static (int Reads, int Updates) Minimum(int services, int clusters, int changing)
    {
        var reads = Ceil(clusters, AwsFacts.ClustersPerListPage);
        for (var c = 0; c < clusters; c++)
        {
            var inCluster = (services / clusters) + (c < services % clusters ? 1 : 0);
            reads += Ceil(inCluster, AwsFacts.ListPageSize) + Ceil(inCluster, AwsFacts.DescribeBatch);
        }

        return (reads, changing);
    }

    /// <summary>Least wall time the ECS buckets allow: the listing first, then updates and tags side by side.</summary>
    public static (double Listing, double Changes) RateFloor(IReadOnlyDictionary<string, int> calls)
    {
        var serviceReads = Get(calls, "ECS ListServices") + Get(calls, "ECS DescribeServices");
        var clusterReads = Get(calls, "ECS ListClusters") + Get(calls, "ECS DescribeClusters");
        var listing = AwsFacts.BucketSeconds(serviceReads, AwsFacts.ServiceReadBurst, AwsFacts.ServiceReadRate)
            + AwsFacts.BucketSeconds(clusterReads, AwsFacts.ClusterReadBurst, AwsFacts.ClusterReadRate);
        var updates = AwsFacts.BucketSeconds(Get(calls, "ECS UpdateService"), AwsFacts.ServiceModifyBurst, AwsFacts.ServiceModifyRate);
        var tags = AwsFacts.BucketSeconds(Get(calls, "ECS TagResource"), AwsFacts.TagModifyBurst, AwsFacts.TagModifyRate);
        return (listing, Math.Max(updates, tags));
    }

    /// <summary>
    /// Latency-bound estimate with the assumed round trips: list calls one after another, the DescribeServices of one
    /// page (up to ten) side by side, the batched reads of each chunk of 100 services one after another, and the
    /// per-service writes <paramref name="concurrency"/> services at once.
    /// </summary>
    public static (double Listing, double Changes) LatencyEstimate(IReadOnlyDictionary<string, int> calls, int concurrency)
    {
        var lists = calls.Where(c => c.Key.StartsWith("ECS List", StringComparison.Ordinal) || c.Key is "ECS DescribeClusters").Sum(c => c.Value);
        var describeRounds = Math.Ceiling(Get(calls, "ECS DescribeServices") / (double)DescribeBatchesPerPage);
        var batchedReads = Get(calls, "Application Auto Scaling DescribeScalableTargets") * AwsFacts.AwsCallSeconds
            + Get(calls, "DynamoDB BatchGetItem (state)") * AwsFacts.DynamoCallSeconds;
        var perService = calls.Where(c => c.Key is "Application Auto Scaling RegisterScalableTarget" or "ECS UpdateService" or "ECS TagResource").Sum(c => c.Value) * AwsFacts.AwsCallSeconds
            + calls.Where(c => c.Key.StartsWith("DynamoDB", StringComparison.Ordinal) && c.Key != "DynamoDB BatchGetItem (state)").Sum(c => c.Value) * AwsFacts.DynamoCallSeconds;
        return (((lists + describeRounds) * AwsFacts.AwsCallSeconds) + batchedReads, perService / concurrency);
    }

    private const int DescribeBatchesPerPage = 10;

    public static decimal LambdaCost(double seconds) =>
        (AwsFacts.MemoryGb * (decimal)seconds * AwsFacts.LambdaGbSecond) + AwsFacts.LambdaRequest;

    /// <summary>
    /// Invocations a stop of every service needs with a time budget: each one lists every page again (ListServices)
    /// but describes only the services after its continuation token.
    /// </summary>
    public static (int Invocations, double TotalSeconds, int ServiceReads) WithContinuations(int services, int listCalls, int describeCalls, double budgetSeconds)
    {
        var left = services;
        var invocations = 0;
        var total = 0.0;
        var reads = 0;
        while (left > 0)
        {
            invocations++;
            var thisListing = listCalls + (int)Math.Ceiling(describeCalls * (double)left / services);
            reads += thisListing;
            var listing = AwsFacts.BucketSeconds(thisListing, AwsFacts.ServiceReadBurst, AwsFacts.ServiceReadRate);
            var perRun = (int)Math.Floor(AwsFacts.ServiceModifyBurst + (AwsFacts.ServiceModifyRate * (budgetSeconds - listing)));
            var done = Math.Min(left, perRun);
            total += listing + AwsFacts.BucketSeconds(done, AwsFacts.ServiceModifyBurst, AwsFacts.ServiceModifyRate);
            left -= done;
        }

        return (invocations, total, reads);
    }

    public static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string D(decimal value, string format = "0.000000") => value.ToString(format, CultureInfo.InvariantCulture);

    public static StringBuilder Line(this StringBuilder sb, string text) => sb.Append(text).Append('\n');

    private static int Ceil(int a, int b) => (a + b - 1) / b;
}
