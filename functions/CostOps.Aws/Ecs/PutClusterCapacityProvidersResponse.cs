using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record PutClusterCapacityProvidersResponse
{
    [JsonPropertyName("cluster")]
    public Cluster? Cluster { get; init; }
}
