namespace CostOps.Hosting.Events;

/// <summary>One parsed Lambda input. <see cref="EventParser"/> produces exactly one of the derived records.</summary>
public abstract record InvocationEvent
{
    public abstract EventKind Kind { get; }
}
