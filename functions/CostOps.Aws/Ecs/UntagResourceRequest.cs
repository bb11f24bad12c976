using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record UntagResourceRequest
{
    [JsonPropertyName("resourceArn")]
    public required string ResourceArn { get; init; }

    [JsonPropertyName("tagKeys")]
    public required IReadOnlyList<string> TagKeys { get; init; }
}
