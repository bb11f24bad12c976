namespace CostOps.Cli.Fleet;

/// <summary>
/// <c>costops simulate --json</c>: the projected Fargate compute cost over <see cref="Days"/> days, in US dollars at the
/// region's on-demand prices, run 24/7, on the schedule, and on the schedule with the --spot clusters on Fargate Spot.
/// Stable shape.
/// </summary>
public sealed record SavingsReport(
    string Region,
    string From,
    int Days,
    bool PriceIsFallback,
    IReadOnlyList<ServiceSavings> Services,
    SavingsTotal Total,
    IReadOnlyList<string> Warnings);

/// <param name="ScheduledTaskHours">Task-hours the services ran with CostOps scheduling them, on the simulator.</param>
public sealed record ServiceSavings(
    string Cluster,
    string Service,
    string Schedule,
    bool Spot,
    decimal AlwaysOnTaskHours,
    decimal ScheduledTaskHours,
    decimal AlwaysOn,
    decimal Scheduled,
    decimal ScheduledWithSpot);

public sealed record SavingsTotal(decimal AlwaysOn, decimal Scheduled, decimal ScheduledWithSpot, decimal Saved, decimal SavedWithSpot);
