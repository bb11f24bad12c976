namespace CostOps.Core.Scheduler.Ports;

/// <summary>One target group of a listener rule's forward and its weight (null when the rule gave none).</summary>
public sealed record RouteTarget(string TargetGroupArn, int? Weight);
