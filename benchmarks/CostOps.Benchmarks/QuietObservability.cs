using CostOps.Core.Observability;

namespace CostOps.Benchmarks;

/// <summary>Log and metric sink that only count: the benchmark measures CostOps, not console output.</summary>
internal sealed class QuietObservability : IStructuredLog, IMetricSink
{
    private int _lines;

    public int Lines => _lines;

    public void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields) => Interlocked.Increment(ref _lines);

    public void Add(string name, double value, MetricUnit unit)
    {
    }
}
