using CostOps.Core.Costs;

namespace CostOps.Core.Insights;

/// <summary>
/// One service's Auto Scaling ceiling and the budget it falls under. <see cref="MaxCapacity"/> null means no
/// scalable target is registered: nothing caps its desired count.
/// </summary>
public sealed record ScalingLimit(string Service, int? MaxCapacity, FargateSize Size, string Architecture, FargatePrice Price, string? BudgetName, decimal? BudgetLimit);
