namespace CostOps.Aws.CloudWatch;

/// <summary>CloudWatch metric <c>Dimension</c>, e.g. ClusterName / ServiceName for AWS/ECS service metrics.</summary>
public sealed record Dimension(string Name, string Value);
