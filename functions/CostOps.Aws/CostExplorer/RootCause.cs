using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer anomaly <c>RootCause</c>; the first one in the list is the top contributor.</summary>
public sealed record RootCause
{
    [JsonPropertyName("Service")]
    public string? Service { get; init; }

    [JsonPropertyName("Region")]
    public string? Region { get; init; }

    [JsonPropertyName("LinkedAccount")]
    public string? LinkedAccount { get; init; }

    [JsonPropertyName("UsageType")]
    public string? UsageType { get; init; }

    [JsonPropertyName("LinkedAccountName")]
    public string? LinkedAccountName { get; init; }
}
