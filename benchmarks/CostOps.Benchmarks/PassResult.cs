namespace CostOps.Benchmarks;

/// <summary>One measured pass configuration and the calls its last repetition made, by kind.</summary>
internal sealed record PassResult(
    PassCase Case,
    int Services,
    int Clusters,
    bool RealAdapters,
    Measurement Measurement,
    IReadOnlyDictionary<string, int> Calls,
    int LogLines);
