using CostOps.Core.Activity;

namespace CostOps.Core.Scheduler.Ports;

/// <summary>What a service is right now, as DescribeServices (with TAGS) and DescribeTaskDefinition report it.</summary>
/// <param name="DeploymentInProgress">True while the primary deployment's rollout state is IN_PROGRESS.</param>
/// <param name="LaunchType">FARGATE, EC2, EXTERNAL, or null when a capacity provider strategy is used.</param>
/// <param name="TaskSize">The task definition's size, when known.</param>
/// <param name="RecentEvents">Newest first, as ECS returns them; may be empty.</param>
/// <param name="TargetGroupArns">The load balancer target groups of the service (<c>loadBalancers</c>); null or empty when none.</param>
public sealed record ManagedService(
    ServiceRef Ref,
    int DesiredCount,
    int RunningCount,
    SchedulingStrategy Strategy,
    bool DeploymentInProgress,
    IReadOnlyList<CapacityProviderItem> CapacityProviderStrategy,
    string? LaunchType,
    IReadOnlyDictionary<string, string> Tags,
    TaskSize? TaskSize,
    IReadOnlyList<ServiceEvent> RecentEvents,
    IReadOnlyList<string>? TargetGroupArns = null);
