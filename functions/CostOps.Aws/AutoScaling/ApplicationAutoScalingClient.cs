using CostOps.Aws.Http;
using CostOps.Aws.Json;

namespace CostOps.Aws.AutoScaling;

public sealed class ApplicationAutoScalingClient(IAwsTransport transport) : IApplicationAutoScalingClient
{
    /// <summary>DescribeScalableTargets accepts at most this many ResourceIds (and MaxResults).</summary>
    public const int MaxResourceIdsPerDescribe = 50;

    private static readonly AwsService AutoScalingService = AwsServices.ApplicationAutoScaling;
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public Task<DescribeScalableTargetsResponse> DescribeScalableTargetsAsync(DescribeScalableTargetsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ResourceIds is { Count: > MaxResourceIdsPerDescribe })
        {
            throw new ArgumentException(
                $"Application Auto Scaling DescribeScalableTargets takes at most {MaxResourceIdsPerDescribe} ResourceIds a call, got {request.ResourceIds.Count}. Split the ids into batches.",
                nameof(request));
        }

        if (request.MaxResults is < 1 or > MaxResourceIdsPerDescribe)
        {
            throw new ArgumentException($"DescribeScalableTargets MaxResults must be between 1 and {MaxResourceIdsPerDescribe}, got {request.MaxResults}.", nameof(request));
        }

        return _transport.InvokeJsonAsync(AutoScalingService, "DescribeScalableTargets", request, AwsJsonContext.Default.DescribeScalableTargetsRequest, AwsJsonContext.Default.DescribeScalableTargetsResponse, cancellationToken);
    }

    public IAsyncEnumerable<DescribeScalableTargetsResponse> DescribeScalableTargetsAllAsync(DescribeScalableTargetsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AwsPagination.PaginateAsync($"{AutoScalingService.ServiceId} DescribeScalableTargets", request.NextToken, (token, ct) => DescribeScalableTargetsAsync(request with { NextToken = token }, ct), page => page.NextToken, cancellationToken);
    }

    public Task<RegisterScalableTargetResponse> RegisterScalableTargetAsync(RegisterScalableTargetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MinCapacity is { } min && request.MaxCapacity is { } max && min > max)
        {
            throw new ArgumentException($"RegisterScalableTarget for '{request.ResourceId}': MinCapacity {min} is above MaxCapacity {max}.", nameof(request));
        }

        return _transport.InvokeJsonAsync(AutoScalingService, "RegisterScalableTarget", request, AwsJsonContext.Default.RegisterScalableTargetRequest, AwsJsonContext.Default.RegisterScalableTargetResponse, cancellationToken);
    }
}
