using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>ServiceEvent</c>: one line of a service's event log (DescribeServices returns the newest first).</summary>
public sealed record ServiceEvent
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
