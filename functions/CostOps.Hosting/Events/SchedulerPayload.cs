namespace CostOps.Hosting.Events;

/// <summary>
/// The input CostOps' own EventBridge Scheduler schedules send, passed verbatim:
/// <c>{"source":"costops.scheduler","trigger":"boundary"|"tick","schedule":"&lt;name&gt;"}</c>, and for the wake-up of one
/// target of a hub scheduler also <c>"account":"…","region":"…"</c>.
/// The payload carries no time: decide from the clock, because delivery can be late or repeated.
/// </summary>
public sealed record SchedulerPayload(SchedulerTrigger Trigger, string Schedule) : InvocationEvent
{
    public const string Source = "costops.scheduler";

    /// <summary>The account-region whose boundary this is; null for a single-account deployment or the hub.</summary>
    public EventTarget? Target { get; init; }

    public override EventKind Kind => EventKind.SchedulerPayload;
}
