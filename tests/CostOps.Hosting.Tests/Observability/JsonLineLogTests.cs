using System.Text.Json;
using CostOps.Core.Observability;
using CostOps.Hosting.Observability;
using CostOps.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Hosting.Tests.Observability;

public sealed class JsonLineLogTests
{
    private static readonly FakeTimeProvider Clock = TestClock.At("2026-11-16T07:00:01.234+01:00");

    private static JsonElement[] Lines(StringWriter output) =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    [Fact]
    public void Write_OneCall_WritesOneJsonLineWithStandardFields()
    {
        var output = new StringWriter();
        var log = new JsonLineLog(output, Clock, "scheduler") { InvocationId = "req-1" };

        log.Write(LogLevel.Warning, "service.deferred", "rollout in progress", [new LogField("service", "checkout"), new LogField("cluster", null)]);

        var line = Assert.Single(Lines(output));
        Assert.Equal("2026-11-16T06:00:01.234Z", line.GetProperty("timestamp").GetString());
        Assert.Equal("WARN", line.GetProperty("level").GetString());
        Assert.Equal("service.deferred", line.GetProperty("event").GetString());
        Assert.Equal("rollout in progress", line.GetProperty("message").GetString());
        Assert.Equal("scheduler", line.GetProperty("function").GetString());
        Assert.Equal("req-1", line.GetProperty("invocationId").GetString());
        Assert.Equal("checkout", line.GetProperty("service").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("cluster").ValueKind);
        Assert.EndsWith("\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoInvocationId_OmitsTheProperty()
    {
        var output = new StringWriter();
        var log = new JsonLineLog(output, Clock, "cost-report");

        log.Write(LogLevel.Info, "e", "m", []);

        Assert.False(Assert.Single(Lines(output)).TryGetProperty("invocationId", out _));
    }

    [Fact]
    public void Write_FieldNamedLikeStandardField_IsPrefixedNotOverwriting()
    {
        var output = new StringWriter();
        var log = new JsonLineLog(output, Clock, "scheduler");

        log.Write(LogLevel.Error, "e", "real message", [new LogField("message", "from field")]);

        var line = Assert.Single(Lines(output));
        Assert.Equal("real message", line.GetProperty("message").GetString());
        Assert.Equal("from field", line.GetProperty("field.message").GetString());
    }

    [Fact]
    public void Write_TextWithNewlinesAndQuotes_StaysOnOneEscapedLine()
    {
        var output = new StringWriter();
        var log = new JsonLineLog(output, Clock, "scheduler");

        log.Write(LogLevel.Debug, "e", "line one\nline \"two\"", []);

        var line = Assert.Single(Lines(output));
        Assert.Equal("line one\nline \"two\"", line.GetProperty("message").GetString());
        Assert.Equal("DEBUG", line.GetProperty("level").GetString());
    }

    [Fact]
    public void Write_ConcurrentCallers_EveryLineIsWholeJson()
    {
        var output = new StringWriter();
        var log = new JsonLineLog(output, Clock, "scheduler");

        Parallel.For(0, 200, i => log.Write(LogLevel.Info, "n", new string('x', i % 50), [new LogField("i", i.ToString(System.Globalization.CultureInfo.InvariantCulture))]));

        var lines = Lines(output);
        Assert.Equal(200, lines.Length);
        Assert.Equal(Enumerable.Range(0, 200), lines.Select(l => int.Parse(l.GetProperty("i").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public void Write_BelowTheMinimumLevel_WritesNothing()
    {
        var output = new StringWriter();
        var log = new JsonLineLog(output, Clock, "scheduler", LogLevel.Info);

        log.Write(LogLevel.Debug, "aws.call", "suppressed", [new LogField("service", "ECS")]);
        log.Write(LogLevel.Info, "kept", "info", []);
        log.Write(LogLevel.Error, "kept", "error", []);

        Assert.Equal(["INFO", "ERROR"], Lines(output).Select(l => l.GetProperty("level").GetString()));
        Assert.False(((IStructuredLog)log).IsEnabled(LogLevel.Debug));
        Assert.True(log.IsEnabled(LogLevel.Warning));
    }
}
