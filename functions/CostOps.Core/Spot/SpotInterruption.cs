namespace CostOps.Core.Spot;

/// <summary>One Spot interruption counted against a service: the task, and when it was interrupted.</summary>
public sealed record SpotInterruption(string TaskArn, DateTimeOffset At);
