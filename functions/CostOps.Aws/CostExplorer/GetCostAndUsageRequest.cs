using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Every page costs $0.01: group coarsely.</summary>
public sealed record GetCostAndUsageRequest
{
    [JsonPropertyName("TimePeriod")]
    public required DateInterval TimePeriod { get; init; }

    /// <summary>DAILY, MONTHLY or HOURLY.</summary>
    [JsonPropertyName("Granularity")]
    public required string Granularity { get; init; }

    [JsonPropertyName("Filter")]
    public Expression? Filter { get; init; }

    /// <summary>e.g. UnblendedCost, AmortizedCost, UsageQuantity (names in this operation, not the enum of GetCostForecast).</summary>
    [JsonPropertyName("Metrics")]
    public required IReadOnlyList<string> Metrics { get; init; }

    /// <summary>At most two groupings.</summary>
    [JsonPropertyName("GroupBy")]
    public IReadOnlyList<GroupDefinition>? GroupBy { get; init; }

    [JsonPropertyName("NextPageToken")]
    public string? NextPageToken { get; init; }
}
