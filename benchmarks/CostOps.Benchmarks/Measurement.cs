namespace CostOps.Benchmarks;

/// <summary>The statistics of one measured operation over its repetitions (warm-up excluded).</summary>
/// <param name="AllocatedBytes">Median bytes allocated by all threads during one repetition.</param>
/// <param name="Gen0">Gen-0 collections over all repetitions together.</param>
internal sealed record Measurement(
    string Name,
    int Repetitions,
    double MedianWallMs,
    double P95WallMs,
    double MedianCpuMs,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2);
