using System.Text.Json.Serialization;

namespace CostOps.Aws.Budgets;

/// <summary>Budgets <c>TimePeriod</c>: timestamps (epoch seconds on the wire), unlike Cost Explorer's date strings.</summary>
public sealed record TimePeriod
{
    [JsonPropertyName("Start")]
    public DateTimeOffset? Start { get; init; }

    [JsonPropertyName("End")]
    public DateTimeOffset? End { get; init; }
}
