using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

public sealed record AnomalyScore
{
    [JsonPropertyName("MaxScore")]
    public double MaxScore { get; init; }

    [JsonPropertyName("CurrentScore")]
    public double CurrentScore { get; init; }
}
