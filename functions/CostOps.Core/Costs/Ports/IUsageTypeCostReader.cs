namespace CostOps.Core.Costs.Ports;

/// <summary>
/// A cost reader that can answer the by-service request grouped by SERVICE and USAGE_TYPE (Cost Explorer allows two
/// group-bys) with the <c>UsageQuantity</c> metric too. It replaces <see cref="ICostDataReader.DailyByServiceAsync"/>:
/// the same one request, so no extra paid request (more groups can mean more pages on large accounts).
/// </summary>
public interface IUsageTypeCostReader
{
    Task<CostAnswer<ServiceUsageCosts>> DailyByServiceAndUsageTypeAsync(CostQuery query, CancellationToken cancellationToken);
}
