using System.Text.Json.Serialization;

namespace CostOps.Core.Budgets;

/// <summary>Source-generated JSON for the threshold setting and the run result the Lambda returns.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    PropertyNameCaseInsensitive = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(List<ThresholdSpec?>))]
[JsonSerializable(typeof(BudgetRunResult))]
public sealed partial class BudgetJsonContext : JsonSerializerContext;
