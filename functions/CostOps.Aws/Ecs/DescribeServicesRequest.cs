using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record DescribeServicesRequest
{
    [JsonPropertyName("cluster")]
    public string? Cluster { get; init; }

    /// <summary>Service names or ARNs: at most <see cref="EcsClient.MaxServicesPerDescribe"/> a call.</summary>
    [JsonPropertyName("services")]
    public required IReadOnlyList<string> Services { get; init; }

    /// <summary>Only TAGS exists; without it the services come back without tags.</summary>
    [JsonPropertyName("include")]
    public IReadOnlyList<string>? Include { get; init; }
}
