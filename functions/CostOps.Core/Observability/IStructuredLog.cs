namespace CostOps.Core.Observability;

/// <summary>Writes one structured (JSON) log line per call. Implementations must be thread-safe.</summary>
public interface IStructuredLog
{
    void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields);

    /// <summary>
    /// Whether a line at <paramref name="level"/> would be written. Callers of frequent lines (one per AWS call)
    /// check it first, so a suppressed line costs no formatting and no allocation.
    /// </summary>
    bool IsEnabled(LogLevel level) => true;
}
