using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>ForecastResult</c>; values are decimal strings.</summary>
public sealed record ForecastResult
{
    [JsonPropertyName("TimePeriod")]
    public DateInterval? TimePeriod { get; init; }

    [JsonPropertyName("MeanValue")]
    public string? MeanValue { get; init; }

    [JsonPropertyName("PredictionIntervalLowerBound")]
    public string? PredictionIntervalLowerBound { get; init; }

    [JsonPropertyName("PredictionIntervalUpperBound")]
    public string? PredictionIntervalUpperBound { get; init; }
}
