using CostOps.Core.Activity;

namespace CostOps.Core.Costs;

/// <summary>Fargate on-demand Linux price in USD.</summary>
public sealed record FargatePrice(decimal PerVcpuHour, decimal PerGbHour)
{
    /// <summary>Price of one task of <paramref name="size"/> running one hour.</summary>
    public decimal PerTaskHour(TaskSize size) => (size.Vcpu * PerVcpuHour) + (size.MemoryGb * PerGbHour);
}
