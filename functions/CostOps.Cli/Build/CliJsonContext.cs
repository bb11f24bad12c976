using System.Text.Json.Serialization;

namespace CostOps.Cli.Build;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(BuildInfo))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class CliJsonContext : JsonSerializerContext;
