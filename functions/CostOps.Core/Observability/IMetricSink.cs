namespace CostOps.Core.Observability;

/// <summary>Accumulates metrics for one invocation; the host flushes them as CloudWatch Embedded Metric Format. Thread-safe.</summary>
public interface IMetricSink
{
    void Add(string name, double value, MetricUnit unit);
}
