using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>Group</c>: one key combination (one per GroupBy) and its metrics.</summary>
public sealed record Group
{
    [JsonPropertyName("Keys")]
    public IReadOnlyList<string>? Keys { get; init; }

    [JsonPropertyName("Metrics")]
    public IReadOnlyDictionary<string, MetricValue>? Metrics { get; init; }
}
