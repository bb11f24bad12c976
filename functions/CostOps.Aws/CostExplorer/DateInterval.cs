using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>DateInterval</c>: <c>yyyy-MM-dd</c> strings; Start inclusive, End exclusive.</summary>
public sealed record DateInterval
{
    [JsonPropertyName("Start")]
    public required string Start { get; init; }

    [JsonPropertyName("End")]
    public required string End { get; init; }
}
