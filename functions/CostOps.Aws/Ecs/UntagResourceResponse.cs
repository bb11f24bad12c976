namespace CostOps.Aws.Ecs;

/// <summary>Empty on success.</summary>
public sealed record UntagResourceResponse;
