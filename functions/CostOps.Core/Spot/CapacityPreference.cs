namespace CostOps.Core.Spot;

/// <summary>A service's resolved opt-in, why, and for an <see cref="CapacityChoice.Invalid"/> tag what was wrong.</summary>
public sealed record CapacityPreference(CapacityChoice Choice, string Reason, string? Error = null);
