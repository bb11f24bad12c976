using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record ListTagsForResourceRequest
{
    [JsonPropertyName("resourceArn")]
    public required string ResourceArn { get; init; }
}
