using System.Text.Json.Serialization;

namespace CostOps.Core.Schedules;

/// <summary>One named schedule in COSTOPS_SCHEDULES, before validation.</summary>
internal sealed class ScheduleDocument
{
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }

    /// <summary>Period strings in the tag grammar's group syntax, e.g. "mon-fri 08:00-20:00".</summary>
    [JsonPropertyName("periods")]
    public List<string?>? Periods { get; init; }

    /// <summary>YYYY-MM-DD dates in the schedule's zone; a period starting on one does not run.</summary>
    [JsonPropertyName("skipDates")]
    public List<string?>? SkipDates { get; init; }

    /// <summary>Minutes to start before each period (0..720); 0 when absent.</summary>
    [JsonPropertyName("startLeadMinutes")]
    public int? StartLeadMinutes { get; init; }
}
