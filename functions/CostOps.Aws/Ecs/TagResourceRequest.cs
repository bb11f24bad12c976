using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record TagResourceRequest
{
    [JsonPropertyName("resourceArn")]
    public required string ResourceArn { get; init; }

    /// <summary>At most 50 tags per resource, all included.</summary>
    [JsonPropertyName("tags")]
    public required IReadOnlyList<Tag> Tags { get; init; }
}
