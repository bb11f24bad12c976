namespace CostOps.Hosting.Events;

/// <summary>
/// The input CostOps' own EventBridge Scheduler schedules send, passed verbatim:
/// <c>{"source":"costops.scheduler","trigger":"boundary"|"tick","schedule":"&lt;name&gt;"}</c>.
/// The payload carries no time: decide from the clock, because delivery can be late or repeated.
/// </summary>
public sealed record SchedulerPayload(SchedulerTrigger Trigger, string Schedule) : InvocationEvent
{
    public const string Source = "costops.scheduler";

    public override EventKind Kind => EventKind.SchedulerPayload;
}
