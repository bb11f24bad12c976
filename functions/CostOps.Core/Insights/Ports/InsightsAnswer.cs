namespace CostOps.Core.Insights.Ports;

/// <param name="PaidRequests">Cost Explorer requests made (billed $0.01 each).</param>
/// <param name="MetricsRequested">CloudWatch metrics requested (GetMetricData is billed per metric).</param>
public sealed record InsightsAnswer<T>(T Value, int PaidRequests, int MetricsRequested);
