namespace CostOps.Aws.Ecs;

/// <summary>
/// The ECS operations CostOps uses. The <c>…AllAsync</c> members follow every page (or, for
/// DescribeServices, every batch of ten) and yield each response as it arrives.
/// </summary>
public interface IEcsClient
{
    Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<ListClustersResponse> ListClustersAllAsync(ListClustersRequest request, CancellationToken cancellationToken);

    Task<DescribeClustersResponse> DescribeClustersAsync(DescribeClustersRequest request, CancellationToken cancellationToken);

    Task<ListServicesResponse> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<ListServicesResponse> ListServicesAllAsync(ListServicesRequest request, CancellationToken cancellationToken);

    /// <summary>One call: 1 to 10 services, otherwise <see cref="ArgumentException"/>.</summary>
    Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken cancellationToken);

    /// <summary>Any number of services, described ten a call in the order given.</summary>
    IAsyncEnumerable<DescribeServicesResponse> DescribeServicesAllAsync(DescribeServicesRequest request, CancellationToken cancellationToken);

    Task<UpdateServiceResponse> UpdateServiceAsync(UpdateServiceRequest request, CancellationToken cancellationToken);

    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken);

    Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken);

    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken);

    Task<PutClusterCapacityProvidersResponse> PutClusterCapacityProvidersAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken);

    Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken cancellationToken);
}
