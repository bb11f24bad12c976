using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>
/// Cost Explorer anomaly <c>Impact</c> in dollars: the largest daily excess and the total excess over the anomaly.
/// TotalExpectedSpend and TotalImpactPercentage are newer than the pinned service model: read when the service
/// sends them (the percentage is omitted when the expected spend is zero), never relied on.
/// </summary>
public sealed record Impact
{
    [JsonPropertyName("MaxImpact")]
    public double MaxImpact { get; init; }

    [JsonPropertyName("TotalImpact")]
    public double? TotalImpact { get; init; }

    [JsonPropertyName("TotalExpectedSpend")]
    public double? TotalExpectedSpend { get; init; }

    [JsonPropertyName("TotalImpactPercentage")]
    public double? TotalImpactPercentage { get; init; }
}
