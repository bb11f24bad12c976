using System.Text.Json.Serialization;

namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>
/// The input of CreateSchedule and UpdateSchedule (the two share one shape). <see cref="Name"/> travels in the
/// path (<c>/schedules/{Name}</c>), everything else in the JSON body.
/// </summary>
public sealed record ScheduleDefinition
{
    /// <summary>Required: 1 to 64 of <c>0-9 a-z A-Z - _ .</c> (the client rejects anything else before calling).</summary>
    /// <remarks>Not <c>required</c> in C#: System.Text.Json refuses a required member it does not serialize.</remarks>
    [JsonIgnore]
    public string Name { get; init; } = "";

    /// <summary>The schedule group; null means the account's <c>default</c> group.</summary>
    public string? GroupName { get; init; }

    /// <summary><c>at(yyyy-mm-ddThh:mm:ss)</c>, <c>rate(…)</c> or <c>cron(…)</c>.</summary>
    public required string ScheduleExpression { get; init; }

    /// <summary>IANA zone the expression is read in; null means UTC.</summary>
    public string? ScheduleExpressionTimezone { get; init; }

    public required FlexibleTimeWindow FlexibleTimeWindow { get; init; }

    public required ScheduleTarget Target { get; init; }

    /// <summary>ENABLED or DISABLED; null means ENABLED.</summary>
    public string? State { get; init; }

    /// <summary>At most 512 characters.</summary>
    public string? Description { get; init; }
}
