namespace CostOps.Simulator;

/// <summary>A line a real bill has whatever runs (load balancer, CloudWatch, Route 53, ECR), spread evenly over the 730 hours of an average month.</summary>
public sealed record FixedCharge(string Service, string UsageType, decimal PerMonth)
{
    public const decimal HoursPerMonth = 730m;

    public decimal PerHour => PerMonth / HoursPerMonth;
}
