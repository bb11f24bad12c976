namespace CostOps.Core.Activity;

/// <summary>
/// One recorded event in a service's life under CostOps. The weekly report derives
/// scheduler activity and savings from these: a <see cref="ActivityKind.Stopped"/> record
/// carries the task count it took away and the task size, so that the time until the
/// matching <see cref="ActivityKind.Started"/> record is priced as avoided task-hours.
/// </summary>
public sealed record ServiceActivity(
    string ServiceArn,
    string ClusterName,
    string ServiceName,
    string Region,
    ActivityKind Kind,
    DateTimeOffset At,
    string Detail,
    int Tasks = 0,
    TaskSize? Size = null);
