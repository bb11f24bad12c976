namespace CostOps.Demo;

/// <summary>One thing CostOps did (or saw) during the week, and why.</summary>
/// <param name="Kind">Stop, Start, Override, Scaling, Spot, Report, Alert, Failure…</param>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string Subject, string Why);
