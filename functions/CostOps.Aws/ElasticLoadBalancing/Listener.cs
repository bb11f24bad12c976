namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>ELBv2 <c>Listener</c> (the members CostOps reads).</summary>
public sealed record Listener(string ListenerArn, string? LoadBalancerArn, int? Port, string? Protocol);
