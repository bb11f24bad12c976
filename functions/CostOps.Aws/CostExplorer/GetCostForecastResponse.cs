using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

public sealed record GetCostForecastResponse
{
    [JsonPropertyName("Total")]
    public MetricValue? Total { get; init; }

    [JsonPropertyName("ForecastResultsByTime")]
    public IReadOnlyList<ForecastResult>? ForecastResultsByTime { get; init; }
}
