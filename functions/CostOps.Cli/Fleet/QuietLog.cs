using CostOps.Core.Observability;

namespace CostOps.Cli.Fleet;

/// <summary>Drops metrics and the functions' info lines; keeps warnings and errors to show the user.</summary>
public sealed class QuietLog : IStructuredLog, IMetricSink
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public void Write(LogLevel level, string eventName, string message, IReadOnlyList<LogField> fields)
    {
        if (level >= LogLevel.Warning && eventName != "scheduler.service")
        {
            lock (_problems)
            {
                _problems.Add(message);
            }
        }
    }

    public bool IsEnabled(LogLevel level) => level >= LogLevel.Warning;

    public void Add(string name, double value, MetricUnit unit)
    {
    }
}
