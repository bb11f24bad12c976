namespace CostOps.Core.Costs;

/// <summary>What the scheduler and the Spot manager saved in the week, in USD.</summary>
/// <param name="SpotAmount">Null when no Spot hours were recorded.</param>
/// <param name="Method">One line that says how the figures were computed.</param>
/// <param name="Notes">Price fallbacks and records that could not be priced.</param>
public sealed record SavingsSummary(
    decimal SchedulerAmount,
    decimal SchedulerTaskHours,
    IReadOnlyList<ServiceSavings> SchedulerByService,
    decimal? SpotAmount,
    decimal SpotTaskHours,
    IReadOnlyList<ServiceSavings> SpotByService,
    string Method,
    IReadOnlyList<string> Notes)
{
    public decimal Total => SchedulerAmount + (SpotAmount ?? 0m);
}
