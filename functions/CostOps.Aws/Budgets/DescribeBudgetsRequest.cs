using System.Text.Json.Serialization;

namespace CostOps.Aws.Budgets;

public sealed record DescribeBudgetsRequest
{
    /// <summary>12 digits.</summary>
    [JsonPropertyName("AccountId")]
    public required string AccountId { get; init; }

    /// <summary>1–100.</summary>
    [JsonPropertyName("MaxResults")]
    public int? MaxResults { get; init; }

    [JsonPropertyName("NextToken")]
    public string? NextToken { get; init; }
}
