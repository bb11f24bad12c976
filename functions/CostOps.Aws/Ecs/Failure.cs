using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>Failure</c>: a resource a describe call could not return (e.g. reason <c>MISSING</c>).</summary>
public sealed record Failure
{
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("detail")]
    public string? Detail { get; init; }
}
