using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>ResultByTime</c>: Total is empty when GroupBy is used (the groups carry the amounts).</summary>
public sealed record ResultByTime
{
    [JsonPropertyName("TimePeriod")]
    public DateInterval? TimePeriod { get; init; }

    [JsonPropertyName("Total")]
    public IReadOnlyDictionary<string, MetricValue>? Total { get; init; }

    [JsonPropertyName("Groups")]
    public IReadOnlyList<Group>? Groups { get; init; }

    [JsonPropertyName("Estimated")]
    public bool? Estimated { get; init; }
}
