namespace CostOps.Simulator;

/// <summary>One target group: of type ip in front of a service's tasks, or of type lambda when <see cref="Service"/> is null.</summary>
public sealed class SimTargetGroup(string arn, string name, List<string> loadBalancerArns, SimService? service)
{
    public string Arn { get; } = arn;

    public string Name { get; } = name;

    public List<string> LoadBalancerArns { get; } = loadBalancerArns;

    public SimService? Service { get; } = service;
}
