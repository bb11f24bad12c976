using System.Text.Json.Serialization;

namespace CostOps.Aws.CostExplorer;

/// <summary>Cost Explorer <c>TotalImpactFilter</c>: keeps anomalies whose total impact (dollars) compares to StartValue (and EndValue for BETWEEN).</summary>
public sealed record TotalImpactFilter
{
    /// <summary>EQUAL, GREATER_THAN_OR_EQUAL, LESS_THAN_OR_EQUAL, GREATER_THAN, LESS_THAN or BETWEEN.</summary>
    [JsonPropertyName("NumericOperator")]
    public required string NumericOperator { get; init; }

    [JsonPropertyName("StartValue")]
    public required double StartValue { get; init; }

    [JsonPropertyName("EndValue")]
    public double? EndValue { get; init; }
}
