namespace CostOps.Aws.AutoScaling;

/// <summary>The enum values CostOps sends to Application Auto Scaling (strings on the wire).</summary>
public static class ScalableTargetValues
{
    public const string EcsNamespace = "ecs";

    public const string EcsServiceDesiredCount = "ecs:service:DesiredCount";

    /// <summary>The ResourceId of an ECS service: <c>service/{cluster name}/{service name}</c>.</summary>
    public static string EcsServiceResourceId(string clusterName, string serviceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterName);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        return $"service/{clusterName}/{serviceName}";
    }
}
