using CostOps.Aws.Http;
using CostOps.Aws.Json;

namespace CostOps.Aws.Ecs;

/// <summary>ECS over JSON 1.1; signing, retries and rate limits are the transport's job.</summary>
public sealed class EcsClient(IAwsTransport transport) : IEcsClient
{
    /// <summary>DescribeServices accepts at most this many services a call.</summary>
    public const int MaxServicesPerDescribe = 10;

    /// <summary>ListClusters and ListServices return at most this many ARNs a page.</summary>
    public const int MaxListResults = 100;

    private static readonly AwsService EcsService = AwsServices.Ecs;
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public Task<ListClustersResponse> ListClustersAsync(ListClustersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckMaxResults(request.MaxResults, "ListClusters");
        return _transport.InvokeJsonAsync(EcsService, "ListClusters", request, AwsJsonContext.Default.ListClustersRequest, AwsJsonContext.Default.ListClustersResponse, cancellationToken);
    }

    public IAsyncEnumerable<ListClustersResponse> ListClustersAllAsync(ListClustersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AwsPagination.PaginateAsync($"{EcsService.ServiceId} ListClusters", request.NextToken, (token, ct) => ListClustersAsync(request with { NextToken = token }, ct), page => page.NextToken, cancellationToken);
    }

    public Task<DescribeClustersResponse> DescribeClustersAsync(DescribeClustersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.InvokeJsonAsync(EcsService, "DescribeClusters", request, AwsJsonContext.Default.DescribeClustersRequest, AwsJsonContext.Default.DescribeClustersResponse, cancellationToken);
    }

    public Task<ListServicesResponse> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckMaxResults(request.MaxResults, "ListServices");
        return _transport.InvokeJsonAsync(EcsService, "ListServices", request, AwsJsonContext.Default.ListServicesRequest, AwsJsonContext.Default.ListServicesResponse, cancellationToken);
    }

    public IAsyncEnumerable<ListServicesResponse> ListServicesAllAsync(ListServicesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AwsPagination.PaginateAsync($"{EcsService.ServiceId} ListServices", request.NextToken, (token, ct) => ListServicesAsync(request with { NextToken = token }, ct), page => page.NextToken, cancellationToken);
    }

    public Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Services is null || request.Services.Count is 0 or > MaxServicesPerDescribe)
        {
            throw new ArgumentException(
                $"ECS DescribeServices takes 1 to {MaxServicesPerDescribe} services a call, got {request.Services?.Count ?? 0} "
                + $"(cluster '{request.Cluster ?? "default"}'). Use DescribeServicesAllAsync to describe more in batches.",
                nameof(request));
        }

        return _transport.InvokeJsonAsync(EcsService, "DescribeServices", request, AwsJsonContext.Default.DescribeServicesRequest, AwsJsonContext.Default.DescribeServicesResponse, cancellationToken);
    }

    public IAsyncEnumerable<DescribeServicesResponse> DescribeServicesAllAsync(DescribeServicesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Services);
        return DescribeInBatchesAsync(request, cancellationToken);
    }

    public Task<UpdateServiceResponse> UpdateServiceAsync(UpdateServiceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DesiredCount is < 0)
        {
            throw new ArgumentException($"ECS UpdateService for '{request.Service}': desiredCount must be 0 or more, got {request.DesiredCount}.", nameof(request));
        }

        return _transport.InvokeJsonAsync(EcsService, "UpdateService", request, AwsJsonContext.Default.UpdateServiceRequest, AwsJsonContext.Default.UpdateServiceResponse, cancellationToken);
    }

    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.InvokeJsonAsync(EcsService, "TagResource", request, AwsJsonContext.Default.TagResourceRequest, AwsJsonContext.Default.TagResourceResponse, cancellationToken);
    }

    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.InvokeJsonAsync(EcsService, "UntagResource", request, AwsJsonContext.Default.UntagResourceRequest, AwsJsonContext.Default.UntagResourceResponse, cancellationToken);
    }

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.InvokeJsonAsync(EcsService, "ListTagsForResource", request, AwsJsonContext.Default.ListTagsForResourceRequest, AwsJsonContext.Default.ListTagsForResourceResponse, cancellationToken);
    }

    public Task<PutClusterCapacityProvidersResponse> PutClusterCapacityProvidersAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.InvokeJsonAsync(EcsService, "PutClusterCapacityProviders", request, AwsJsonContext.Default.PutClusterCapacityProvidersRequest, AwsJsonContext.Default.PutClusterCapacityProvidersResponse, cancellationToken);
    }

    public Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.InvokeJsonAsync(EcsService, "DescribeTaskDefinition", request, AwsJsonContext.Default.DescribeTaskDefinitionRequest, AwsJsonContext.Default.DescribeTaskDefinitionResponse, cancellationToken);
    }

    private async IAsyncEnumerable<DescribeServicesResponse> DescribeInBatchesAsync(DescribeServicesRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var batch in request.Services.Chunk(MaxServicesPerDescribe))
        {
            yield return await DescribeServicesAsync(request with { Services = batch }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void CheckMaxResults(int? maxResults, string operation)
    {
        if (maxResults is < 1 or > MaxListResults)
        {
            throw new ArgumentOutOfRangeException(nameof(maxResults), maxResults, $"ECS {operation} maxResults must be between 1 and {MaxListResults}.");
        }
    }
}
