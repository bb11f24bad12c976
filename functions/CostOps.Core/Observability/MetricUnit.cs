namespace CostOps.Core.Observability;

/// <summary>CloudWatch metric units that CostOps uses.</summary>
public enum MetricUnit
{
    Count,
    Seconds,
    Milliseconds,
    None,
}
