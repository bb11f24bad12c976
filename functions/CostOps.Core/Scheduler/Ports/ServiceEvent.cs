namespace CostOps.Core.Scheduler.Ports;

/// <summary>One entry of an ECS service's recent events (DescribeServices <c>events</c>).</summary>
public sealed record ServiceEvent(DateTimeOffset At, string Message);
