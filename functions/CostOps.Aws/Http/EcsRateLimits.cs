namespace CostOps.Aws.Http;

/// <summary>
/// Client-side limits matching the ECS API throttle buckets (per account and region; actions of one category
/// share a bucket). Keeping below them avoids ThrottlingException storms when one run touches thousands of services.
/// </summary>
public sealed record EcsRateLimits
{
    /// <summary>CreateService, UpdateService, DeleteService. Default: ECS's 50 burst, 5/s.</summary>
    public TokenBucketLimit ServiceModify { get; init; } = new(50, 5);

    /// <summary>DescribeServices, ListServices. Default: ECS's 100 burst, 20/s.</summary>
    public TokenBucketLimit ServiceRead { get; init; } = new(100, 20);

    /// <summary>DescribeClusters, ListClusters. Default: ECS's 50 burst, 20/s.</summary>
    public TokenBucketLimit ClusterRead { get; init; } = new(50, 20);

    /// <summary>TagResource, UntagResource. Default: ECS's 20 burst, 10/s.</summary>
    public TokenBucketLimit TagModify { get; init; } = new(20, 10);

    /// <summary>PutClusterCapacityProviders and other cluster changes. Default: ECS's 20 burst, 1/s.</summary>
    public TokenBucketLimit ClusterModify { get; init; } = new(20, 1);

    /// <summary>
    /// Every other ECS read (ListTagsForResource, DescribeTaskDefinition, DescribeTasks, ListTasks, …).
    /// Default: 50 burst, 20/s, the cluster-read figures; the reads CostOps uses rarely are not in the published table.
    /// </summary>
    public TokenBucketLimit OtherRead { get; init; } = new(50, 20);

    /// <summary>Every other ECS change. Default: 20 burst, 1/s, the most conservative published bucket.</summary>
    public TokenBucketLimit OtherModify { get; init; } = new(20, 1);

    public void Validate()
    {
        ServiceModify.Validate(nameof(ServiceModify));
        ServiceRead.Validate(nameof(ServiceRead));
        ClusterRead.Validate(nameof(ClusterRead));
        TagModify.Validate(nameof(TagModify));
        ClusterModify.Validate(nameof(ClusterModify));
        OtherRead.Validate(nameof(OtherRead));
        OtherModify.Validate(nameof(OtherModify));
    }

    /// <summary>The bucket category an ECS action counts against.</summary>
    internal (string Category, TokenBucketLimit Limit) For(string operation) => operation switch
    {
        "CreateService" or "UpdateService" or "DeleteService" => (nameof(ServiceModify), ServiceModify),
        "DescribeServices" or "ListServices" => (nameof(ServiceRead), ServiceRead),
        "DescribeClusters" or "ListClusters" => (nameof(ClusterRead), ClusterRead),
        "TagResource" or "UntagResource" => (nameof(TagModify), TagModify),
        "PutClusterCapacityProviders" or "UpdateCluster" or "UpdateClusterSettings" => (nameof(ClusterModify), ClusterModify),
        _ when operation.StartsWith("Describe", StringComparison.Ordinal)
            || operation.StartsWith("List", StringComparison.Ordinal)
            || operation.StartsWith("Get", StringComparison.Ordinal) => (nameof(OtherRead), OtherRead),
        _ => (nameof(OtherModify), OtherModify),
    };
}
