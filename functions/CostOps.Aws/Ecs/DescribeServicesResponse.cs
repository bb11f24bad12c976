using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record DescribeServicesResponse
{
    [JsonPropertyName("services")]
    public IReadOnlyList<Service>? Services { get; init; }

    [JsonPropertyName("failures")]
    public IReadOnlyList<Failure>? Failures { get; init; }
}
