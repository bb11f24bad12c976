namespace CostOps.Core.Observability;

public readonly record struct LogField(string Key, string? Value);
