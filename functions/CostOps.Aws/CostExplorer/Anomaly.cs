using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>Anomaly</c>. Every member is read as optional: a missing one degrades the report line, never the report.</summary>
public sealed record Anomaly
{
    [JsonPropertyName("AnomalyId")]
    public string? AnomalyId { get; init; }

    [JsonPropertyName("AnomalyStartDate")]
    public string? AnomalyStartDate { get; init; }

    [JsonPropertyName("AnomalyEndDate")]
    public string? AnomalyEndDate { get; init; }

    /// <summary>The monitored dimension's value, e.g. the service name for a SERVICE monitor.</summary>
    [JsonPropertyName("DimensionValue")]
    public string? DimensionValue { get; init; }

    [JsonPropertyName("RootCauses")]
    public IReadOnlyList<RootCause>? RootCauses { get; init; }

    [JsonPropertyName("AnomalyScore")]
    public AnomalyScore? AnomalyScore { get; init; }

    [JsonPropertyName("Impact")]
    public Impact? Impact { get; init; }

    [JsonPropertyName("MonitorArn")]
    public string? MonitorArn { get; init; }

    /// <summary>YES, NO or PLANNED_ACTIVITY when someone gave feedback.</summary>
    [JsonPropertyName("Feedback")]
    public string? Feedback { get; init; }
}
