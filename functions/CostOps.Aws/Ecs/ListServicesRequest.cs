using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

public sealed record ListServicesRequest
{
    [JsonPropertyName("cluster")]
    public string? Cluster { get; init; }

    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }

    /// <summary>1–100; the service default is 10, so set 100 to save calls.</summary>
    [JsonPropertyName("maxResults")]
    public int? MaxResults { get; init; }

    /// <summary>EC2, FARGATE or EXTERNAL.</summary>
    [JsonPropertyName("launchType")]
    public string? LaunchType { get; init; }

    /// <summary>REPLICA or DAEMON.</summary>
    [JsonPropertyName("schedulingStrategy")]
    public string? SchedulingStrategy { get; init; }
}
