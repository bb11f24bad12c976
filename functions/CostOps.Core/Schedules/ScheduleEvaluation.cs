using NodaTime;

namespace CostOps.Core.Schedules;

/// <summary>What a schedule alone says at one instant.</summary>
/// <param name="Reason">"inside …", "outside …", "skip date …" or "starting N min early for HH:MM".</param>
/// <param name="NextChange">The next instant the decision changes, within 8 days; null when none.</param>
internal sealed record ScheduleEvaluation(bool Running, string Reason, Instant? NextChange);
