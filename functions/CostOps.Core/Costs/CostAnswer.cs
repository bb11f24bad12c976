namespace CostOps.Core.Costs;

/// <summary>A Cost Explorer answer and how many paid requests (one per page) it took.</summary>
public sealed record CostAnswer<T>(T Value, int PaidRequests);
