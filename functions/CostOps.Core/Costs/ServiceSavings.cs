namespace CostOps.Core.Costs;

/// <summary>Savings for one service in the report week.</summary>
/// <param name="Service">"cluster/service".</param>
/// <param name="TaskHours">Avoided on-demand task-hours (scheduler) or task-hours on Spot.</param>
/// <param name="PricedAtFallback">True when the region had no price and us-east-1 prices were used.</param>
public sealed record ServiceSavings(string Service, string Region, string Architecture, decimal TaskHours, decimal Amount, bool PricedAtFallback);
