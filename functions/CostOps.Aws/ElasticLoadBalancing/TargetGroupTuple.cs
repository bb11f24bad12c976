namespace CostOps.Aws.ElasticLoadBalancing;

/// <summary>ELBv2 <c>TargetGroupTuple</c>: one target group of a weighted forward action.</summary>
public sealed record TargetGroupTuple(string TargetGroupArn, int? Weight);
