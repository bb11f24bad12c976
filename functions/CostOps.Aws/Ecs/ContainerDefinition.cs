using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>ContainerDefinition</c>, reduced to its sizing (used when the task has no task-level cpu/memory).</summary>
public sealed record ContainerDefinition
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>CPU units (1024 = 1 vCPU).</summary>
    [JsonPropertyName("cpu")]
    public int? Cpu { get; init; }

    /// <summary>Hard limit in MiB.</summary>
    [JsonPropertyName("memory")]
    public int? Memory { get; init; }

    /// <summary>Soft limit in MiB.</summary>
    [JsonPropertyName("memoryReservation")]
    public int? MemoryReservation { get; init; }

    [JsonPropertyName("essential")]
    public bool? Essential { get; init; }
}
