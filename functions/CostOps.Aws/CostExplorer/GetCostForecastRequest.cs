using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

public sealed record GetCostForecastRequest
{
    /// <summary>Start no earlier than today; End exclusive.</summary>
    [JsonPropertyName("TimePeriod")]
    public required DateInterval TimePeriod { get; init; }

    /// <summary>Enum in SCREAMING_CASE here (UNBLENDED_COST…), unlike GetCostAndUsage's Metrics (UnblendedCost…).</summary>
    [JsonPropertyName("Metric")]
    public required string Metric { get; init; }

    /// <summary>DAILY or MONTHLY.</summary>
    [JsonPropertyName("Granularity")]
    public required string Granularity { get; init; }

    [JsonPropertyName("Filter")]
    public Expression? Filter { get; init; }

    /// <summary>51–99; the service default is 80.</summary>
    [JsonPropertyName("PredictionIntervalLevel")]
    public int? PredictionIntervalLevel { get; init; }
}
