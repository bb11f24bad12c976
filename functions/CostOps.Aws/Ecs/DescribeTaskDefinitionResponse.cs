using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record DescribeTaskDefinitionResponse
{
    [JsonPropertyName("taskDefinition")]
    public TaskDefinition? TaskDefinition { get; init; }

    [JsonPropertyName("tags")]
    public IReadOnlyList<Tag>? Tags { get; init; }
}
