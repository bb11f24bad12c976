namespace CostOps.Core.Budgets;

/// <summary>One budget in the run result.</summary>
/// <param name="ThresholdsCrossed">Every reached threshold, highest first, e.g. "$40 on actual spend".</param>
/// <param name="AlertedThreshold">The threshold this run's alert was for, when one was sent.</param>
/// <param name="MessageId">The SNS message id of the alert this run sent.</param>
public sealed record BudgetCheckResult(
    string Name,
    BudgetOutcome Outcome,
    decimal Actual,
    decimal? Forecast,
    decimal Limit,
    string Currency,
    IReadOnlyList<string> ThresholdsCrossed,
    string? AlertedThreshold,
    string? MessageId,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Errors);
