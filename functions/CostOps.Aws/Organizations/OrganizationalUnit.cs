using System.Text.Json.Serialization;

namespace CostOps.Aws.Organizations;

/// <summary>Organizations <c>OrganizationalUnit</c>.</summary>
public sealed record OrganizationalUnit
{
    /// <summary><c>ou-{root part}-{8 to 32 characters}</c>.</summary>
    [JsonPropertyName("Id")]
    public string? Id { get; init; }

    [JsonPropertyName("Arn")]
    public string? Arn { get; init; }

    [JsonPropertyName("Name")]
    public string? Name { get; init; }
}
