namespace CostOps.Core.Costs;

/// <summary>USD spend on one UTC day.</summary>
/// <param name="HasData">False when Cost Explorer returned nothing for the day.</param>
/// <param name="Estimated">Cost Explorer may still revise the day.</param>
/// <param name="InReportWeek">False for the previous week's days.</param>
public sealed record DaySpend(DateOnly Day, decimal Amount, bool HasData, bool Estimated, bool InReportWeek);
