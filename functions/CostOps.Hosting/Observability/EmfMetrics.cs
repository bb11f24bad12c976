using System.Buffers;
using System.Text;
using System.Text.Json;
using CostOps.Core.Observability;

namespace CostOps.Hosting.Observability;

/// <summary>
/// Accumulates metrics and writes them as CloudWatch Embedded Metric Format documents, one JSON line each.
/// <see cref="MetricUnit.Count"/> values with the same name are summed into one value; other units keep
/// every value (a distribution, written as an array when there are several). A document holds at most
/// 100 metrics and a metric at most 100 values, as EMF requires; larger flushes are split over more documents.
/// </summary>
public sealed class EmfMetrics : IMetricSink
{
    public const string Namespace = "CostOps";
    internal const int MaxMetricsPerDocument = 100;
    internal const int MaxValuesPerMetric = 100;

    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly string _function;
    private readonly object _gate = new();
    private readonly Dictionary<string, Metric> _metrics = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public EmfMetrics(TextWriter output, TimeProvider time, string function)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _function = function ?? throw new ArgumentNullException(nameof(function));
    }

    public void Add(string name, double value, MetricUnit unit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"metric '{name}' needs a finite value");
        }

        if (Reserved(name))
        {
            throw new ArgumentException($"metric name '{name}' is reserved by the EMF document", nameof(name));
        }

        lock (_gate)
        {
            if (!_metrics.TryGetValue(name, out var metric))
            {
                metric = new Metric(unit);
                _metrics.Add(name, metric);
                _order.Add(name);
            }
            else if (metric.Unit != unit)
            {
                throw new InvalidOperationException($"metric '{name}' was recorded as {metric.Unit} and now as {unit}; one name needs one unit");
            }

            if (unit == MetricUnit.Count && metric.Values.Count == 1)
            {
                metric.Values[0] += value;
            }
            else
            {
                metric.Values.Add(value);
            }
        }
    }

    /// <summary>Writes everything accumulated so far and starts again empty. Writes nothing when empty.</summary>
    public void Flush()
    {
        List<(string Name, MetricUnit Unit, List<double> Values)> chunks;
        lock (_gate)
        {
            chunks = [.. _order.SelectMany(name => Chunk(name, _metrics[name]))];
            _metrics.Clear();
            _order.Clear();
        }

        var timestamp = _time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var document in Documents(chunks))
        {
            _output.Write(Render(document, timestamp) + "\n");
        }

        _output.Flush();
    }

    private static IEnumerable<(string, MetricUnit, List<double>)> Chunk(string name, Metric metric) =>
        metric.Values.Chunk(MaxValuesPerMetric).Select(values => (name, metric.Unit, values.ToList()));

    // A metric name may appear once per document: the n-th chunk of each metric goes to the n-th round of documents.
    private static IEnumerable<List<(string Name, MetricUnit Unit, List<double> Values)>> Documents(List<(string Name, MetricUnit Unit, List<double> Values)> chunks)
    {
        var rounds = chunks
            .Select((chunk, index) => (chunk, round: chunks.Take(index).Count(c => c.Name == chunk.Name)))
            .GroupBy(x => x.round, x => x.chunk);
        foreach (var round in rounds.OrderBy(g => g.Key))
        {
            foreach (var document in round.Chunk(MaxMetricsPerDocument))
            {
                yield return [.. document];
            }
        }
    }

    private string Render(List<(string Name, MetricUnit Unit, List<double> Values)> metrics, long timestamp)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", timestamp);
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", Namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            json.WriteStringValue("Function");
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            foreach (var (name, unit, _) in metrics)
            {
                json.WriteStartObject();
                json.WriteString("Name", name);
                json.WriteString("Unit", unit.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("Function", _function);
            foreach (var (name, _, values) in metrics)
            {
                if (values.Count == 1)
                {
                    json.WriteNumber(name, values[0]);
                    continue;
                }

                json.WriteStartArray(name);
                values.ForEach(json.WriteNumberValue);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool Reserved(string name) => name is "_aws" or "Function";

    private sealed class Metric(MetricUnit unit)
    {
        public MetricUnit Unit { get; } = unit;

        public List<double> Values { get; } = [];
    }
}
