namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>ELBv2 <c>TargetGroup</c> (the members CostOps reads).</summary>
/// <param name="TargetType">instance, ip, lambda or alb; ECS Fargate services use ip.</param>
public sealed record TargetGroup(
    string TargetGroupArn,
    string? TargetGroupName,
    string? TargetType,
    IReadOnlyList<string> LoadBalancerArns,
    int? HealthCheckIntervalSeconds,
    int? HealthyThresholdCount);
