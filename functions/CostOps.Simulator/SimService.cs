using CostOps.Aws.Ecs;

namespace CostOps.Simulator;

/// <summary>One ECS service of the simulated account. Mutated only under the account's gate.</summary>
public sealed class SimService(string cluster, string name, string arn, SimTaskDefinition taskDefinition, bool daemon, DateTimeOffset createdAt)
{
    public string Cluster { get; } = cluster;

    public string Name { get; } = name;

    public string Arn { get; } = arn;

    public SimTaskDefinition TaskDefinition { get; } = taskDefinition;

    public bool Daemon { get; } = daemon;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public int DesiredCount { get; internal set; }

    /// <summary>Null when the service uses a capacity provider strategy.</summary>
    public string? LaunchType { get; internal set; } = "FARGATE";

    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; internal set; }

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    public List<SimTask> Tasks { get; } = [];

    /// <summary>Target groups the service registers its tasks in (see <see cref="SimLoadBalancing.AddTargetGroup"/>).</summary>
    public List<LoadBalancer> LoadBalancers { get; } = [];

    /// <summary>What CloudWatch reports of its tasks while they run.</summary>
    public SimUtilization Utilization { get; set; } = SimUtilization.Default;

    public List<SimDeployment> Deployments { get; } = [];

    /// <summary>Service events, newest first, as DescribeServices returns them.</summary>
    public List<ServiceEvent> Events { get; } = [];

    /// <summary>UpdateService calls that changed this service.</summary>
    public int Updates { get; internal set; }

    public int RunningCount => Tasks.Count(t => t.Running);

    public int PendingCount => Tasks.Count(t => !t.Running);

    public int RunningOnSpot => Tasks.Count(t => t.Running && t.IsSpot);

    public SimDeployment? Primary => Deployments.FirstOrDefault(d => d.Status == "PRIMARY");
}
