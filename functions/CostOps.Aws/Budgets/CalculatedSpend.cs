using System.Text.Json.Serialization;

namespace CostOps.Aws.Budgets;

public sealed record CalculatedSpend
{
    [JsonPropertyName("ActualSpend")]
    public required Spend ActualSpend { get; init; }

    [JsonPropertyName("ForecastedSpend")]
    public Spend? ForecastedSpend { get; init; }
}
