using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>Service</c> (the members CostOps reads).</summary>
public sealed record Service
{
    [JsonPropertyName("serviceArn")]
    public string? ServiceArn { get; init; }

    [JsonPropertyName("serviceName")]
    public string? ServiceName { get; init; }

    [JsonPropertyName("clusterArn")]
    public string? ClusterArn { get; init; }

    /// <summary>ACTIVE, DRAINING or INACTIVE.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("desiredCount")]
    public int? DesiredCount { get; init; }

    [JsonPropertyName("runningCount")]
    public int? RunningCount { get; init; }

    [JsonPropertyName("pendingCount")]
    public int? PendingCount { get; init; }

    /// <summary>EC2, FARGATE or EXTERNAL; absent when a capacity provider strategy is used.</summary>
    [JsonPropertyName("launchType")]
    public string? LaunchType { get; init; }

    [JsonPropertyName("capacityProviderStrategy")]
    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    [JsonPropertyName("platformVersion")]
    public string? PlatformVersion { get; init; }

    [JsonPropertyName("taskDefinition")]
    public string? TaskDefinition { get; init; }

    [JsonPropertyName("deployments")]
    public IReadOnlyList<Deployment>? Deployments { get; init; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>REPLICA or DAEMON; DAEMON services reject a desired count.</summary>
    [JsonPropertyName("schedulingStrategy")]
    public string? SchedulingStrategy { get; init; }

    /// <summary>Newest first; ECS keeps the last 100.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<ServiceEvent>? Events { get; init; }

    /// <summary>The load balancer target groups the service registers its tasks in.</summary>
    [JsonPropertyName("loadBalancers")]
    public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }

    /// <summary>Only returned when DescribeServices asked for <c>include: ["TAGS"]</c>.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }
}
