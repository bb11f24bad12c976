using CostOps.Core.Costs;

namespace CostOps.Simulator;

/// <summary>
/// Prices of the simulated account: Fargate on-demand from <see cref="FargatePriceTable"/>, Fargate Spot at 70% off
/// (the us-west-2 Spot prices, $0.012144 per vCPU-hour and $0.0013335 per GB-hour), and fixed monthly lines.
/// </summary>
public sealed class CostModel(string region, IReadOnlyList<FixedCharge> fixedCharges)
{
    public const string EcsService = "Amazon Elastic Container Service";
    public const decimal SpotShare = 0.3m;

    /// <summary>The fixed lines of the seed fleet's bill: ALB $18, CloudWatch $3, ECR $1, Route 53 $1 a month.</summary>
    public static IReadOnlyList<FixedCharge> SeedFixedCharges(string region) =>
    [
        new("Amazon Elastic Load Balancing", $"{Prefix(region)}-LoadBalancerUsage", 18.00m),
        new("AmazonCloudWatch", $"{Prefix(region)}-CW:MetricMonitorUsage", 3.00m),
        new("Amazon EC2 Container Registry (ECR)", $"{Prefix(region)}-TimedStorage-ByteHrs", 1.00m),
        new("Amazon Route 53", "HostedZone", 1.00m),
    ];

    public string Region { get; } = region;

    public IReadOnlyList<FixedCharge> FixedCharges { get; } = fixedCharges;

    /// <summary>The billing prefix of a region's usage types, as in <c>USE1-Fargate-vCPU-Hours:perCPU</c>.</summary>
    public static string Prefix(string region) => region switch
    {
        "us-east-1" => "USE1",
        "us-east-2" => "USE2",
        "us-west-1" => "USW1",
        "us-west-2" => "USW2",
        "eu-west-1" => "EU",
        "eu-central-1" => "EUC1",
        _ => region.ToUpperInvariant(),
    };

    /// <summary>Price per vCPU-hour and per GB-hour of a task.</summary>
    public FargatePrice Price(string architecture, bool spot)
    {
        var onDemand = FargatePriceTable.Default.Lookup(Region, architecture == "ARM64" ? "ARM64" : "X86_64", out _);
        return spot ? new FargatePrice(onDemand.PerVcpuHour * SpotShare, onDemand.PerGbHour * SpotShare) : onDemand;
    }

    public string VcpuUsageType(string architecture, bool spot) =>
        $"{Prefix(Region)}-{(spot ? "SpotUsage-" : "")}Fargate-{(architecture == "ARM64" ? "ARM-" : "")}vCPU-Hours:perCPU";

    public string GbUsageType(string architecture, bool spot) =>
        $"{Prefix(Region)}-{(spot ? "SpotUsage-" : "")}Fargate-{(architecture == "ARM64" ? "ARM-" : "")}GB-Hours";
}
