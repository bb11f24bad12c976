using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

public sealed record GetAnomaliesResponse
{
    [JsonPropertyName("Anomalies")]
    public IReadOnlyList<Anomaly>? Anomalies { get; init; }

    [JsonPropertyName("NextPageToken")]
    public string? NextPageToken { get; init; }
}
