using CostOps.Aws.Ecs;

namespace CostOps.Simulator;

/// <summary>An ECS cluster: tags, capacity providers and the default strategy.</summary>
public sealed class SimCluster(string name, string arn)
{
    public string Name { get; } = name;

    public string Arn { get; } = arn;

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>None until PutClusterCapacityProviders, as a cluster made with CreateCluster.</summary>
    public List<string> CapacityProviders { get; } = [];

    public IReadOnlyList<CapacityProviderStrategyItem> DefaultStrategy { get; set; } = [];
}
