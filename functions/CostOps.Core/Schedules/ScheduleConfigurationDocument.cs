using System.Text.Json.Serialization;

namespace CostOps.Core.Schedules;

/// <summary>The JSON shape of COSTOPS_SCHEDULES, before validation.</summary>
internal sealed class ScheduleConfigurationDocument
{
    /// <summary>Schedule used by services without a costops:schedule tag; none when absent.</summary>
    [JsonPropertyName("default")]
    public string? Default { get; init; }

    /// <summary>Zone for inline tag expressions that name none; when absent, the default schedule's zone.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }

    [JsonPropertyName("schedules")]
    public Dictionary<string, ScheduleDocument?>? Schedules { get; init; }
}
