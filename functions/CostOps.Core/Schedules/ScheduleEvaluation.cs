namespace CostOps.Core.Schedules;

/// <summary>What a schedule alone says at one instant (its next change is <see cref="ScheduleEvaluator.NextChange"/>).</summary>
/// <param name="Reason">"inside …", "outside …", "skip date …" or "starting N min early for HH:MM".</param>
internal sealed record ScheduleEvaluation(bool Running, string Reason);
