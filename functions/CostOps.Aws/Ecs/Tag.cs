using System.Text.Json.Serialization;

namespace CostOps.Aws.Ecs;

/// <summary>ECS <c>Tag</c>. Keys and values allow letters, digits, spaces and <c>+ - = . _ : / @</c>.</summary>
public sealed record Tag
{
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
