using CostOps.Core.Observability;

namespace CostOps.Scheduler;

/// <summary>The log of one worker: every line it writes carries its <c>account</c> and <c>region</c>.</summary>
internal sealed class TargetLog(IStructuredLog inner, string account, string region) : IStructuredLog
{
    public void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields) =>
        inner.Write(level, eventName, $"{account}/{region}: {message}", [new("account", account), new("region", region), .. fields]);

    public bool IsEnabled(LogLevel level) => inner.IsEnabled(level);
}
