namespace CostOps.Core.Observability;

/// <summary>Writes one structured (JSON) log line per call. Implementations must be thread-safe.</summary>
public interface IStructuredLog
{
    void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields);
}
