using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>AnomalyDateInterval</c>: <c>yyyy-MM-dd</c>; StartDate required, EndDate optional (open to today).</summary>
public sealed record AnomalyDateInterval
{
    [JsonPropertyName("StartDate")]
    public required string StartDate { get; init; }

    [JsonPropertyName("EndDate")]
    public string? EndDate { get; init; }
}
