using System.Text.Json.Serialization;

namespace CostOps.Aws.Organizations;

/// <summary>Organizations <c>Account</c>: a member of the organisation.</summary>
public sealed record Account
{
    /// <summary>12 digits.</summary>
    [JsonPropertyName("Id")]
    public string? Id { get; init; }

    [JsonPropertyName("Arn")]
    public string? Arn { get; init; }

    [JsonPropertyName("Email")]
    public string? Email { get; init; }

    [JsonPropertyName("Name")]
    public string? Name { get; init; }

    /// <summary>ACTIVE, SUSPENDED or PENDING_CLOSURE: only an ACTIVE account can run (or assume roles in) anything.</summary>
    [JsonPropertyName("Status")]
    public string? Status { get; init; }

    [JsonPropertyName("JoinedMethod")]
    public string? JoinedMethod { get; init; }

    [JsonPropertyName("JoinedTimestamp")]
    public DateTimeOffset? JoinedTimestamp { get; init; }
}
