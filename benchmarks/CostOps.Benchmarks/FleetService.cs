namespace CostOps.Benchmarks;

/// <summary>One simulated ECS service; change it only inside <see cref="FleetWorld.Change"/>.</summary>
internal sealed class FleetService(string cluster, string name, string arn, string taskDefinition, Dictionary<string, string> tags)
{
    public string Cluster => cluster;

    public string Name => name;

    public string Arn => arn;

    public string TaskDefinition => taskDefinition;

    public Dictionary<string, string> Tags => tags;

    public int DesiredCount { get; set; }

    /// <summary>The scalable target on ecs:service:DesiredCount; null when the service has none.</summary>
    public TargetBounds? Target { get; set; }
}
