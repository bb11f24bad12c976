namespace CostOps.Hosting.Events;

/// <summary>An EventBridge rule's "Scheduled Event" (source <c>aws.events</c>). <see cref="Time"/> is when the rule fired.</summary>
public sealed record ScheduledEvent(
    string Id,
    DateTimeOffset Time,
    string Account,
    string Region,
    IReadOnlyList<string> Resources) : InvocationEvent
{
    public override EventKind Kind => EventKind.ScheduledEvent;
}
