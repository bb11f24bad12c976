using System.Buffers;
using System.Text;
using System.Text.Json;
using CostOps.Core.Observability;

namespace CostOps.Hosting.Observability;

/// <summary>
/// Writes one JSON object per line: <c>timestamp</c> (ISO-8601 UTC, milliseconds), <c>level</c>, <c>event</c>,
/// <c>message</c>, <c>function</c>, <c>invocationId</c> when known, then the fields. A field whose key collides with
/// one of those names is written with a <c>field.</c> prefix so it cannot hide them. Whole lines are written
/// under a lock, so concurrent callers never interleave. Lines below the minimum level are dropped before anything
/// is formatted.
/// </summary>
public sealed class JsonLineLog : IStructuredLog
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "timestamp", "level", "event", "message", "function", "invocationId" };

    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly string _function;
    private readonly object _gate = new();
    private readonly LogLevel _minimum;
    private volatile string? _invocationId;

    /// <param name="minimum">The lowest level written (COSTOPS_LOG_LEVEL; the host passes Info unless set).</param>
    public JsonLineLog(TextWriter output, TimeProvider time, string function, LogLevel minimum = LogLevel.Debug)
    {
        _minimum = minimum;
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _function = function ?? throw new ArgumentNullException(nameof(function));
    }

    /// <summary>The id of the invocation in progress; the host sets it at the start of each invocation.</summary>
    public string? InvocationId
    {
        get => _invocationId;
        set => _invocationId = value;
    }

    public LogLevel MinimumLevel => _minimum;

    public bool IsEnabled(LogLevel level) => level >= _minimum;

    public void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields)
    {
        if (level < _minimum)
        {
            return;
        }

        ArgumentNullException.ThrowIfNull(fields);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("level", LevelName(level));
            json.WriteString("event", eventName);
            json.WriteString("message", message);
            json.WriteString("function", _function);
            if (_invocationId is { } invocationId)
            {
                json.WriteString("invocationId", invocationId);
            }

            foreach (var field in fields)
            {
                var key = Reserved.Contains(field.Key) ? "field." + field.Key : field.Key;
                if (field.Value is null)
                {
                    json.WriteNull(key);
                }
                else
                {
                    json.WriteString(key, field.Value);
                }
            }

            json.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(buffer.WrittenSpan);
        lock (_gate)
        {
            _output.Write(line + "\n");
            _output.Flush();
        }
    }

    internal static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Debug => "DEBUG",
        LogLevel.Info => "INFO",
        LogLevel.Warning => "WARN",
        LogLevel.Error => "ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown log level"),
    };
}
