using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>TaskDefinition</c>, reduced to what prices a task.</summary>
public sealed record TaskDefinition
{
    [JsonPropertyName("taskDefinitionArn")]
    public string? TaskDefinitionArn { get; init; }

    [JsonPropertyName("family")]
    public string? Family { get; init; }

    [JsonPropertyName("revision")]
    public int? Revision { get; init; }

    /// <summary>ACTIVE or INACTIVE.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>CPU units as a string on the wire (e.g. "256", "1024"); may also be "1 vCPU" in requests AWS echoes back.</summary>
    [JsonPropertyName("cpu")]
    public string? Cpu { get; init; }

    /// <summary>MiB as a string on the wire (e.g. "512"); may also be "1 GB".</summary>
    [JsonPropertyName("memory")]
    public string? Memory { get; init; }

    [JsonPropertyName("runtimePlatform")]
    public RuntimePlatform? RuntimePlatform { get; init; }

    [JsonPropertyName("requiresCompatibilities")]
    public IReadOnlyList<string>? RequiresCompatibilities { get; init; }

    [JsonPropertyName("containerDefinitions")]
    public IReadOnlyList<ContainerDefinition>? ContainerDefinitions { get; init; }
}
