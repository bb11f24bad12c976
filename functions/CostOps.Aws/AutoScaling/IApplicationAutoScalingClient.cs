namespace CostOps.Aws.AutoScaling;

/// <summary>The Application Auto Scaling operations CostOps uses to keep a stopped ECS service at zero.</summary>
public interface IApplicationAutoScalingClient
{
    Task<DescribeScalableTargetsResponse> DescribeScalableTargetsAsync(DescribeScalableTargetsRequest request, CancellationToken cancellationToken);

    /// <summary>Follows every page and yields each response.</summary>
    IAsyncEnumerable<DescribeScalableTargetsResponse> DescribeScalableTargetsAllAsync(DescribeScalableTargetsRequest request, CancellationToken cancellationToken);

    Task<RegisterScalableTargetResponse> RegisterScalableTargetAsync(RegisterScalableTargetRequest request, CancellationToken cancellationToken);
}
