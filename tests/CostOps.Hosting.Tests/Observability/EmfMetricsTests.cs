using System.Text.Json;
using CostOps.Core.Observability;
using CostOps.Hosting.Observability;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Hosting.Tests.Observability;

public sealed class EmfMetricsTests
{
    private static readonly FakeTimeProvider Clock = TestClock.At("2026-11-16T07:00:00Z");

    private static JsonElement[] Documents(StringWriter output) =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    private static JsonElement Directive(JsonElement document) =>
        Assert.Single(document.GetProperty("_aws").GetProperty("CloudWatchMetrics").EnumerateArray());

    [Fact]
    public void Flush_AfterAdds_WritesEmfDocumentWithNamespaceDimensionAndValues()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics(output, Clock, "scheduler");
        metrics.Add("ServicesStopped", 2, MetricUnit.Count);
        metrics.Add("ServicesStopped", 3, MetricUnit.Count);
        metrics.Add("PassDuration", 1.5, MetricUnit.Seconds);

        metrics.Flush();

        var document = Assert.Single(Documents(output));
        Assert.Equal(Clock.GetUtcNow().ToUnixTimeMilliseconds(), document.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
        var directive = Directive(document);
        Assert.Equal("CostOps", directive.GetProperty("Namespace").GetString());
        var dimensionSet = Assert.Single(directive.GetProperty("Dimensions").EnumerateArray());
        Assert.Equal("Function", Assert.Single(dimensionSet.EnumerateArray()).GetString());
        var declared = directive.GetProperty("Metrics").EnumerateArray().Select(m => (m.GetProperty("Name").GetString(), m.GetProperty("Unit").GetString())).ToList();
        Assert.Equal([("ServicesStopped", "Count"), ("PassDuration", "Seconds")], declared);
        Assert.Equal("scheduler", document.GetProperty("Function").GetString());
        Assert.Equal(5, document.GetProperty("ServicesStopped").GetDouble());
        Assert.Equal(1.5, document.GetProperty("PassDuration").GetDouble());
    }

    [Fact]
    public void Flush_SeveralValuesOfNonCountMetric_WritesArray()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics(output, Clock, "scheduler");
        metrics.Add("CallLatency", 12, MetricUnit.Milliseconds);
        metrics.Add("CallLatency", 30, MetricUnit.Milliseconds);

        metrics.Flush();

        var values = Assert.Single(Documents(output)).GetProperty("CallLatency").EnumerateArray().Select(v => v.GetDouble());
        Assert.Equal([12d, 30d], values);
    }

    [Fact]
    public void Flush_MoreThan100Metrics_SplitsDocumentsOf100AtMost()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics(output, Clock, "scheduler");
        for (var i = 0; i < 250; i++)
        {
            metrics.Add($"M{i:D3}", i, MetricUnit.Count);
        }

        metrics.Flush();

        var documents = Documents(output);
        Assert.Equal([100, 100, 50], documents.Select(d => Directive(d).GetProperty("Metrics").GetArrayLength()));
        var names = documents.SelectMany(d => Directive(d).GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("Name").GetString()!)).ToList();
        Assert.Equal(250, names.Distinct().Count());
        foreach (var document in documents)
        {
            foreach (var metric in Directive(document).GetProperty("Metrics").EnumerateArray())
            {
                var name = metric.GetProperty("Name").GetString()!;
                Assert.Equal(int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture), document.GetProperty(name).GetDouble());
            }
        }
    }

    [Fact]
    public void Flush_MoreThan100ValuesOfOneMetric_SpreadsThemOverDocuments()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics(output, Clock, "spot-manager");
        for (var i = 0; i < 150; i++)
        {
            metrics.Add("Latency", i, MetricUnit.Milliseconds);
        }

        metrics.Add("Other", 1, MetricUnit.Count);

        metrics.Flush();

        var documents = Documents(output);
        Assert.Equal(2, documents.Length);
        Assert.Equal(100, documents[0].GetProperty("Latency").GetArrayLength());
        Assert.Equal(50, documents[1].GetProperty("Latency").GetArrayLength());
        Assert.Equal(1, documents[0].GetProperty("Other").GetDouble());
        Assert.False(documents[1].TryGetProperty("Other", out _));
    }

    [Fact]
    public void Flush_Twice_SecondFlushWritesNothing()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics(output, Clock, "scheduler");
        metrics.Add("A", 1, MetricUnit.Count);
        metrics.Flush();
        var afterFirst = output.ToString();

        metrics.Flush();

        Assert.Equal(afterFirst, output.ToString());
    }

    [Fact]
    public void Add_SameNameDifferentUnit_Throws()
    {
        var metrics = new EmfMetrics(new StringWriter(), Clock, "scheduler");
        metrics.Add("A", 1, MetricUnit.Count);

        var ex = Assert.Throws<InvalidOperationException>(() => metrics.Add("A", 1, MetricUnit.Seconds));

        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Function")]
    [InlineData("_aws")]
    public void Add_ReservedName_Throws(string name)
    {
        var metrics = new EmfMetrics(new StringWriter(), Clock, "scheduler");

        Assert.Throws<ArgumentException>(() => metrics.Add(name, 1, MetricUnit.Count));
    }

    [Fact]
    public void Add_NotFinite_Throws()
    {
        var metrics = new EmfMetrics(new StringWriter(), Clock, "scheduler");

        Assert.Throws<ArgumentOutOfRangeException>(() => metrics.Add("A", double.NaN, MetricUnit.None));
    }

    [Fact]
    public void Add_ConcurrentCounts_SumsAll()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics(output, Clock, "scheduler");

        Parallel.For(0, 1000, _ => metrics.Add("Calls", 1, MetricUnit.Count));
        metrics.Flush();

        Assert.Equal(1000, Assert.Single(Documents(output)).GetProperty("Calls").GetDouble());
    }
}
