using System.Globalization;
using CostOps.Core.Observability;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Events;
using CostOps.Hosting.Observability;

namespace CostOps.Hosting;

/// <summary>
/// Runs a function: composes it once at cold start, then per invocation parses the input, calls the handler,
/// writes one log line for the invocation, flushes the metrics and returns the result. Any failure — invalid
/// configuration, invalid input, a failed result, an exception — makes the invocation throw after logging and
/// flushing, so Lambda counts it as an error and asynchronous retries and the dead-letter queue apply.
/// </summary>
public sealed class FunctionHost
{
    private readonly HostPorts _ports;
    private readonly JsonLineLog _log;
    private readonly EmfMetrics _metrics;
    private readonly HostOptions? _options;
    private readonly IInvocationHandler? _handler;
    private readonly IReadOnlyList<ConfigurationProblem> _problems = [];

    public FunctionHost(string functionName, HostPorts ports, Func<HostComposition, IInvocationHandler> compose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(functionName);
        ArgumentNullException.ThrowIfNull(compose);
        _ports = ports ?? throw new ArgumentNullException(nameof(ports));
        var environment = new EnvironmentReader(ports.Environment);
        _log = new JsonLineLog(ports.Output, ports.Time, functionName, CommonSettings.LogLevel(environment));
        _metrics = new EmfMetrics(ports.Output, ports.Time, functionName);

        var options = HostOptions.Read(environment);
        var handler = compose(new HostComposition(functionName, environment, ports.Time, _log, _metrics) { Overrides = ports.Overrides });
        if (environment.Problems is { Count: > 0 } problems)
        {
            _problems = problems;
            _log.Write(LogLevel.Error, "host.configuration_invalid", new ConfigurationException(problems).Message, []);
            return;
        }

        _options = options;
        _handler = handler;
    }

    public async Task<Stream> HandleAsync(Stream input)
    {
        var started = _ports.Time.GetTimestamp();
        var invocationId = _ports.InvocationId();
        _log.InvocationId = invocationId;
        EventKind? kind = null;
        try
        {
            if (_handler is null || _options is null)
            {
                throw new ConfigurationException(_problems);
            }

            using var deadline = new CancellationTokenSource(_options.WorkTime, _ports.Time);
            var invocationEvent = await EventParser.ParseAsync(input, deadline.Token).ConfigureAwait(false);
            kind = invocationEvent.Kind;
            var context = new InvocationContext(_ports.Time, _log, _metrics, _ports.Time.GetUtcNow() + _options.WorkTime, invocationId, deadline.Token);
            var result = await _handler.HandleAsync(invocationEvent, context).ConfigureAwait(false)
                ?? throw new InvalidOperationException("the handler returned no result");
            if (result.Failure is { } failure)
            {
                Finish(started, kind, LogLevel.Error, "invocation.failed", failure, []);
                throw new InvocationFailedException(failure, result.Utf8Json);
            }

            Finish(started, kind, LogLevel.Info, "invocation.completed", "invocation completed", []);
            return new MemoryStream(result.Utf8Json.ToArray(), writable: false);
        }
        catch (Exception ex) when (ex is not InvocationFailedException)
        {
            var (eventName, message) = ex switch
            {
                ConfigurationException => ("invocation.configuration_invalid", ex.Message),
                InvalidEventException => ("invocation.rejected", ex.Message),
                OperationCanceledException => ("invocation.deadline", $"stopped at the deadline ({_options?.DeadlineMargin.TotalSeconds} s before the function timeout)"),
                _ => ("invocation.error", ex.Message),
            };
            Finish(started, kind, LogLevel.Error, eventName, message, [new LogField("exception", ex.GetType().FullName)]);
            throw;
        }
        finally
        {
            _log.InvocationId = null;
        }
    }

    private void Finish(long started, EventKind? kind, LogLevel level, string eventName, string message, LogField[] extra)
    {
        var elapsed = _ports.Time.GetElapsedTime(started);
        _metrics.Add("Invocations", 1, MetricUnit.Count);
        _metrics.Add("InvocationErrors", level == LogLevel.Error ? 1 : 0, MetricUnit.Count);
        _metrics.Add("InvocationDuration", elapsed.TotalMilliseconds, MetricUnit.Milliseconds);
        LogField[] fields =
        [
            new("eventKind", kind?.Name()),
            new("durationMs", elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)),
            .. extra,
        ];
        try
        {
            _log.Write(level, eventName, message, fields);
        }
        finally
        {
            _metrics.Flush();
        }
    }
}
