namespace CostOps.Core.Spot;

/// <summary>An event the Spot manager has acted on (its EventBridge id), kept a day so a repeat acts no more.</summary>
public sealed record SeenEvent(string Id, DateTimeOffset At);
