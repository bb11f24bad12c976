using System.Text.Json.Serialization;

namespace CostOps.Core.Scheduler;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SchedulerRunSummary))]
[JsonSerializable(typeof(SchedulerRunRequest))]
public sealed partial class SchedulerJsonContext : JsonSerializerContext;
