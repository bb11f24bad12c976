namespace CostOps.Aws.Tests.EndToEnd;

/// <summary>One ECS service of the fake account. Mutated only under the account's lock.</summary>
internal sealed class FakeEcsService(string cluster, string name, int desiredCount, bool daemon, string taskDefinition)
{
    public string Cluster { get; } = cluster;

    public string Name { get; } = name;

    public string Arn => $"{FakeAwsAccount.ArnPrefix}service/{Cluster}/{Name}";

    public int DesiredCount { get; set; } = desiredCount;

    public bool Daemon { get; } = daemon;

    public string TaskDefinition { get; } = taskDefinition;

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>The capacity provider strategy; null while the service uses launch type FARGATE.</summary>
    public List<(string Provider, int Weight, int Base)>? Strategy { get; set; }

    /// <summary>UpdateService calls that changed this service.</summary>
    public int Updates { get; set; }
}
