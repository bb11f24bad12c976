namespace CostOps.Core.Observability;

public enum LogLevel
{
    Debug,
    Info,
    Warning,
    Error,
}
