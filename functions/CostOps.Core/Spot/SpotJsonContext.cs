using System.Text.Json.Serialization;

namespace CostOps.Core.Spot;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SpotRunSummary))]
public sealed partial class SpotJsonContext : JsonSerializerContext;
