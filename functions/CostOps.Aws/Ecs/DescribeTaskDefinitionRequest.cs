using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record DescribeTaskDefinitionRequest
{
    /// <summary>family, family:revision or full ARN.</summary>
    [JsonPropertyName("taskDefinition")]
    public required string TaskDefinition { get; init; }

    /// <summary>Only TAGS exists.</summary>
    [JsonPropertyName("include")]
    public IReadOnlyList<string>? Include { get; init; }
}
