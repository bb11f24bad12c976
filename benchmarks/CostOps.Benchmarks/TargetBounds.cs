namespace CostOps.Benchmarks;

internal sealed record TargetBounds(int Min, int Max);
