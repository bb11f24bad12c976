using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>GetAnomalies</c> input: anomalies detected in a date interval, optionally of one monitor and above an impact.</summary>
public sealed record GetAnomaliesRequest
{
    [JsonPropertyName("MonitorArn")]
    public string? MonitorArn { get; init; }

    [JsonPropertyName("DateInterval")]
    public required AnomalyDateInterval DateInterval { get; init; }

    [JsonPropertyName("TotalImpact")]
    public TotalImpactFilter? TotalImpact { get; init; }

    [JsonPropertyName("NextPageToken")]
    public string? NextPageToken { get; init; }

    [JsonPropertyName("MaxResults")]
    public int? MaxResults { get; init; }
}
