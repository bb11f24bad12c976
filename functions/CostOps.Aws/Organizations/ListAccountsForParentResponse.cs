using System.Text.Json.Serialization;

namespace CostOps.Aws.Organizations;

public sealed record ListAccountsForParentResponse
{
    [JsonPropertyName("Accounts")]
    public IReadOnlyList<Account>? Accounts { get; init; }

    /// <summary>Null only on the last page; a page may be empty and still have one.</summary>
    [JsonPropertyName("NextToken")]
    public string? NextToken { get; init; }
}
