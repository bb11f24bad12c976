using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;
using CostOps.TestSupport;
using Moq;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Hosting.Tests;

public sealed class FunctionHostTests
{
    private static readonly Dictionary<string, string?> ValidEnvironment = new() { [HostOptions.TimeoutVariable] = "300" };

    private readonly FakeTimeProvider _clock = TestClock.At("2026-11-16T07:00:00Z");
    private readonly StringWriter _output = new();

    private FunctionHost Host(IInvocationHandler handler, IReadOnlyDictionary<string, string?>? environment = null) =>
        new("scheduler", new HostPorts(environment ?? ValidEnvironment, _clock, _output, () => "trace-1"), _ => handler);

    private static MemoryStream Input(string json) => new(Encoding.UTF8.GetBytes(json));

    private List<JsonElement> Lines() =>
        [.. _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private List<JsonElement> LogLines() => [.. Lines().Where(l => l.TryGetProperty("event", out _))];

    private JsonElement Emf() => Assert.Single(Lines(), l => l.TryGetProperty("_aws", out _));

    [Fact]
    public async Task HandleAsync_Success_ReturnsResultLogsOneLineAndFlushesMetrics()
    {
        var handler = new Mock<IInvocationHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<InvocationEvent>(), It.IsAny<InvocationContext>()))
            .ReturnsAsync(InvocationResult.Succeeded(new JsonObject { ["stopped"] = 3 }));

        await using var result = await Host(handler.Object).HandleAsync(Input("{\"command\":\"run\"}"));

        using var reader = new StreamReader(result);
        Assert.Equal("{\"stopped\":3}", await reader.ReadToEndAsync());
        var line = Assert.Single(LogLines());
        Assert.Equal("invocation.completed", line.GetProperty("event").GetString());
        Assert.Equal("INFO", line.GetProperty("level").GetString());
        Assert.Equal("manual-command", line.GetProperty("eventKind").GetString());
        Assert.Equal("trace-1", line.GetProperty("invocationId").GetString());
        var emf = Emf();
        Assert.Equal(1, emf.GetProperty("Invocations").GetDouble());
        Assert.Equal(0, emf.GetProperty("InvocationErrors").GetDouble());
    }

    [Fact]
    public async Task HandleAsync_ParsedEvent_ReachesHandlerWithDeadlineBeforeTimeout()
    {
        InvocationEvent? seen = null;
        InvocationContext? context = null;
        var handler = new Mock<IInvocationHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<InvocationEvent>(), It.IsAny<InvocationContext>()))
            .Callback<InvocationEvent, InvocationContext>((e, c) => (seen, context) = (e, c))
            .ReturnsAsync(InvocationResult.Succeeded("{}"u8.ToArray()));
        var environment = new Dictionary<string, string?> { [HostOptions.TimeoutVariable] = "120", [HostOptions.MarginVariable] = "15" };

        await Host(handler.Object, environment).HandleAsync(Input("{\"source\":\"costops.scheduler\",\"trigger\":\"tick\",\"schedule\":\"office\"}"));

        Assert.Equal(new SchedulerPayload(SchedulerTrigger.Tick, "office"), seen);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(105), context!.Deadline);
        Assert.Equal(TimeSpan.FromSeconds(105), context.Remaining);
        Assert.Equal("trace-1", context.InvocationId);
        Assert.True(context.CancellationToken.CanBeCanceled);
    }

    [Fact]
    public async Task HandleAsync_FailedResult_ThrowsAfterLoggingAndFlushing()
    {
        var handler = new Mock<IInvocationHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<InvocationEvent>(), It.IsAny<InvocationContext>()))
            .ReturnsAsync(InvocationResult.Failed(new JsonObject { ["failed"] = new JsonArray("svc-a") }, "1 of 4 services failed"));

        var ex = await Assert.ThrowsAsync<InvocationFailedException>(() => Host(handler.Object).HandleAsync(Input("{\"command\":\"run\"}")));

        Assert.Equal("1 of 4 services failed", ex.Failure);
        Assert.Contains("svc-a", ex.Message, StringComparison.Ordinal);
        var line = Assert.Single(LogLines());
        Assert.Equal("invocation.failed", line.GetProperty("event").GetString());
        Assert.Equal("ERROR", line.GetProperty("level").GetString());
        Assert.Equal(1, Emf().GetProperty("InvocationErrors").GetDouble());
    }

    [Fact]
    public async Task HandleAsync_InvalidInput_ThrowsInvalidEventWithoutCallingHandler()
    {
        var handler = new Mock<IInvocationHandler>(MockBehavior.Strict);

        var ex = await Assert.ThrowsAsync<InvalidEventException>(() => Host(handler.Object).HandleAsync(Input("{\"command\":\"stop\"}")));

        Assert.Equal("command", ex.Field);
        var line = Assert.Single(LogLines());
        Assert.Equal("invocation.rejected", line.GetProperty("event").GetString());
        Assert.Contains("'stop'", line.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, Emf().GetProperty("InvocationErrors").GetDouble());
    }

    [Fact]
    public async Task HandleAsync_HandlerThrows_RethrowsAfterLogging()
    {
        var handler = new Mock<IInvocationHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<InvocationEvent>(), It.IsAny<InvocationContext>()))
            .ThrowsAsync(new InvalidOperationException("table missing"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Host(handler.Object).HandleAsync(Input("{\"command\":\"run\"}")));

        var line = Assert.Single(LogLines());
        Assert.Equal("invocation.error", line.GetProperty("event").GetString());
        Assert.Equal("table missing", line.GetProperty("message").GetString());
        Assert.Equal("System.InvalidOperationException", line.GetProperty("exception").GetString());
    }

    [Fact]
    public async Task HandleAsync_HandlerCancelled_LogsDeadline()
    {
        var handler = new Mock<IInvocationHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<InvocationEvent>(), It.IsAny<InvocationContext>()))
            .ThrowsAsync(new OperationCanceledException());

        await Assert.ThrowsAsync<OperationCanceledException>(() => Host(handler.Object).HandleAsync(Input("{\"command\":\"run\"}")));

        Assert.Equal("invocation.deadline", Assert.Single(LogLines()).GetProperty("event").GetString());
    }

    [Fact]
    public async Task HandleAsync_InvalidConfiguration_EveryInvocationFailsWithAllProblems()
    {
        var handler = new Mock<IInvocationHandler>(MockBehavior.Strict);
        var environment = new Dictionary<string, string?> { ["COSTOPS_TABLE"] = "" };
        var host = new FunctionHost("scheduler", new HostPorts(environment, _clock, _output, () => null), composition =>
        {
            composition.Environment.RequiredString("COSTOPS_TABLE", "the DynamoDB table name");
            return handler.Object;
        });

        var first = await Assert.ThrowsAsync<ConfigurationException>(() => host.HandleAsync(Input("{\"command\":\"run\"}")));
        var second = await Assert.ThrowsAsync<ConfigurationException>(() => host.HandleAsync(Input("{\"command\":\"run\"}")));

        Assert.Equal(first.Message, second.Message);
        Assert.Contains("COSTOPS_FUNCTION_TIMEOUT_SECONDS is not set", first.Message, StringComparison.Ordinal);
        Assert.Contains("COSTOPS_TABLE is not set: expected the DynamoDB table name", first.Message, StringComparison.Ordinal);
        var events = LogLines().Select(l => l.GetProperty("event").GetString()).ToList();
        Assert.Equal(["host.configuration_invalid", "invocation.configuration_invalid", "invocation.configuration_invalid"], events);
    }

    [Fact]
    public void Constructor_ComposesOnce()
    {
        var compositions = 0;
        var handler = Mock.Of<IInvocationHandler>();

        var host = new FunctionHost("scheduler", new HostPorts(ValidEnvironment, _clock, _output, () => null), composition =>
        {
            compositions++;
            Assert.Equal("scheduler", composition.FunctionName);
            return handler;
        });

        Assert.NotNull(host);
        Assert.Equal(1, compositions);
    }

    [Fact]
    public async Task HandleAsync_LogLevelError_SuppressesTheInfoLineButNotTheMetrics()
    {
        var handler = new Mock<IInvocationHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<InvocationEvent>(), It.IsAny<InvocationContext>()))
            .Callback<InvocationEvent, InvocationContext>((_, c) => c.Log.Write(Core.Observability.LogLevel.Debug, "aws.call", "debug", []))
            .ReturnsAsync(InvocationResult.Succeeded("{}"u8.ToArray()));
        var environment = new Dictionary<string, string?>(ValidEnvironment) { [CommonSettings.LogLevelVariable] = "error" };

        await using var result = await Host(handler.Object, environment).HandleAsync(Input("{\"command\":\"run\"}"));

        Assert.Empty(LogLines());
        Assert.Equal(1, Emf().GetProperty("Invocations").GetDouble());
    }

    [Fact]
    public async Task HandleAsync_DefaultLogLevel_DropsDebugLines()
    {
        var handler = new Mock<IInvocationHandler>();
        handler.Setup(h => h.HandleAsync(It.IsAny<InvocationEvent>(), It.IsAny<InvocationContext>()))
            .Callback<InvocationEvent, InvocationContext>((_, c) => c.Log.Write(Core.Observability.LogLevel.Debug, "aws.call", "debug", []))
            .ReturnsAsync(InvocationResult.Succeeded("{}"u8.ToArray()));

        await using var result = await Host(handler.Object).HandleAsync(Input("{\"command\":\"run\"}"));

        Assert.Equal(["invocation.completed"], LogLines().Select(l => l.GetProperty("event").GetString()));
    }

    [Fact]
    public async Task HandleAsync_BadLogLevel_FailsNamingTheVariableAndValue()
    {
        var environment = new Dictionary<string, string?>(ValidEnvironment) { [CommonSettings.LogLevelVariable] = "loud" };

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => Host(Mock.Of<IInvocationHandler>(), environment).HandleAsync(Input("{\"command\":\"run\"}")));

        Assert.Contains("COSTOPS_LOG_LEVEL", ex.Message, StringComparison.Ordinal);
        Assert.Contains("loud", ex.Message, StringComparison.Ordinal);
    }
}
