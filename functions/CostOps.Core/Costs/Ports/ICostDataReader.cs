namespace CostOps.Core.Costs.Ports;

/// <summary>
/// Reads cost data from Cost Explorer. Every method reads all pages and reports how many paid
/// requests it made. When Cost Explorer is not enabled or not allowed, methods throw an exception
/// whose type or message names AccessDenied, DataUnavailableException or "not enabled"
/// (see <see cref="CostExplorerAccess"/>).
/// </summary>
public interface ICostDataReader
{
    /// <summary>Daily cost grouped by the SERVICE dimension.</summary>
    Task<CostAnswer<IReadOnlyList<DailyCost>>> DailyByServiceAsync(CostQuery query, CancellationToken cancellationToken);

    /// <summary>Daily cost grouped by a cost-allocation tag; <see cref="DailyCost.Group"/> is the tag value, "" when untagged.</summary>
    Task<CostAnswer<IReadOnlyList<DailyCost>>> DailyByTagAsync(CostQuery query, string tagKey, CancellationToken cancellationToken);

    /// <summary>Forecast spend from <paramref name="from"/> (today, UTC) to <paramref name="toExclusive"/> (the first day of next month).</summary>
    Task<CostAnswer<CostForecast>> ForecastAsync(DateOnly from, DateOnly toExclusive, string metric, CancellationToken cancellationToken);
}
