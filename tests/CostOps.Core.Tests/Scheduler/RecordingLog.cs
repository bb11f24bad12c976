using System.Collections.Concurrent;
using CostOps.Core.Observability;

namespace CostOps.Core.Tests.Scheduler;

/// <summary>Keeps the lines at or above a minimum level, as the host's log does.</summary>
internal sealed class RecordingLog(LogLevel minimum) : IStructuredLog
{
    private readonly ConcurrentQueue<(LogLevel Level, string Event, string Message, IReadOnlyList<LogField> Fields)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Event, string Message, IReadOnlyList<LogField> Fields)> Lines => [.. _lines];

    public bool IsEnabled(LogLevel level) => level >= minimum;

    public void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields)
    {
        if (IsEnabled(level))
        {
            _lines.Enqueue((level, eventName, message, fields));
        }
    }
}
