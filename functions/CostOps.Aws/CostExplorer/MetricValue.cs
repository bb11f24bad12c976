using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>MetricValue</c>. Amount stays a string as on the wire; parse it as invariant decimal.</summary>
public sealed record MetricValue
{
    [JsonPropertyName("Amount")]
    public string? Amount { get; init; }

    [JsonPropertyName("Unit")]
    public string? Unit { get; init; }
}
