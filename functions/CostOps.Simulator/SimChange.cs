namespace CostOps.Simulator;

/// <summary>A change the account saw, for people: when, to what (service or scalable target) and what changed.</summary>
public sealed record SimChange(DateTimeOffset At, string Resource, string What);
