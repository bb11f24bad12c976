using CostOps.Core.Activity;

namespace CostOps.Core.Budgets;

/// <summary>Managed services running now outside their schedule, or why that is unknown.</summary>
internal sealed record OffScheduleReport(IReadOnlyList<OffScheduleService> Services, string? Unavailable);
