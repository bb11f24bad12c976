using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record ListServicesResponse
{
    [JsonPropertyName("serviceArns")]
    public IReadOnlyList<string>? ServiceArns { get; init; }

    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }
}
