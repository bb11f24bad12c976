using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>RuntimePlatform</c>: decides the Fargate price (X86_64 or ARM64).</summary>
public sealed record RuntimePlatform
{
    [JsonPropertyName("cpuArchitecture")]
    public string? CpuArchitecture { get; init; }

    [JsonPropertyName("operatingSystemFamily")]
    public string? OperatingSystemFamily { get; init; }
}
