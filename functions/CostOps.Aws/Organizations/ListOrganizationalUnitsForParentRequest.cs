using System.Text.Json.Serialization;

namespace CostOps.Aws.Organizations;

public sealed record ListOrganizationalUnitsForParentRequest
{
    /// <summary>A root (<c>r-…</c>) or an OU (<c>ou-…-…</c>).</summary>
    [JsonPropertyName("ParentId")]
    public required string ParentId { get; init; }

    [JsonPropertyName("NextToken")]
    public string? NextToken { get; init; }

    /// <summary>1–20.</summary>
    [JsonPropertyName("MaxResults")]
    public int? MaxResults { get; init; }
}
