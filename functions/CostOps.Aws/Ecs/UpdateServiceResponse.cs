using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record UpdateServiceResponse
{
    [JsonPropertyName("service")]
    public Service? Service { get; init; }
}
