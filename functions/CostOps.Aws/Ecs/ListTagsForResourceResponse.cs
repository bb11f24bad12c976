using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record ListTagsForResourceResponse
{
    [JsonPropertyName("tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }
}
