using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>LoadBalancer</c> of a service: an Application Load Balancer target group and the container it sends to.</summary>
public sealed record LoadBalancer
{
    /// <summary>Absent for Classic Load Balancers, which name the load balancer instead.</summary>
    [JsonPropertyName("targetGroupArn")]
    public string? TargetGroupArn { get; init; }

    [JsonPropertyName("loadBalancerName")]
    public string? LoadBalancerName { get; init; }

    [JsonPropertyName("containerName")]
    public string? ContainerName { get; init; }

    [JsonPropertyName("containerPort")]
    public int? ContainerPort { get; init; }
}
