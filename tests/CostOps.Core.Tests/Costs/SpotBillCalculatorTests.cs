using CostOps.Core.Costs;
using CsCheck;
using NodaTime;

namespace CostOps.Core.Tests.Costs;

public sealed class SpotBillCalculatorTests
{
    private static readonly ReportWindow Window = new(IsoWeek.Parse("2026-W47"), DateTimeZone.Utc);
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private const string Ecs = "Amazon Elastic Container Service";

    [Fact]
    public void Calculate_SpotAndOnDemandInTheSameRegion_QuantityTimesRateDifference()
    {
        var usage = new[]
        {
            new UsageTypeCost(Monday, Ecs, "USW2-SpotUsage-Fargate-vCPU-Hours:perCPU", 1.2144m, 100m, "USD"),
            new UsageTypeCost(Monday, Ecs, "USW2-SpotUsage-Fargate-GB-Hours", 0.26670m, 200m, "USD"),
            new UsageTypeCost(Monday.AddDays(-7), Ecs, "USW2-Fargate-vCPU-Hours:perCPU", 4.048m, 100m, "USD"),
            new UsageTypeCost(Monday, Ecs, "USW2-Fargate-GB-Hours", 0.889m, 200m, "USD"),
        };

        var savings = SpotBillCalculator.Calculate(usage, Window, FargatePriceTable.Default)!;

        // vCPU: 100 x (0.04048 - 0.012144) = 2.8336; GB: 200 x (0.004445 - 0.0013335) = 0.6223.
        Assert.Equal(3.4559m, savings.Amount);
        Assert.Equal((100m, 200m, 1.48110m), (savings.VcpuHours, savings.GbHours, savings.SpotCost));
        Assert.Empty(savings.Notes);
        Assert.Contains("USAGE_TYPE", savings.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NoOnDemandLineInThatRegion_UsesTheUsEast1ListPriceAndSaysSo()
    {
        var usage = new[] { new UsageTypeCost(Monday, Ecs, "EUC1-SpotUsage-Fargate-vCPU-Hours:perCPU", 1m, 100m, "USD") };

        var savings = SpotBillCalculator.Calculate(usage, Window, FargatePriceTable.Default)!;

        Assert.Equal(100m * 0.04048m - 1m, savings.Amount);
        Assert.Contains("EUC1", Assert.Single(savings.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_SpotOnlyInThePreviousWeek_IsNull() =>
        Assert.Null(SpotBillCalculator.Calculate([new UsageTypeCost(Monday.AddDays(-1), Ecs, "USE1-SpotUsage-Fargate-GB-Hours", 1m, 5m, "USD")], Window, FargatePriceTable.Default));

    [Fact]
    public void Calculate_ArbitraryUsageTypesAndAmounts_NeverThrows()
    {
        var types = Gen.OneOf(Gen.String, Gen.Const("USE1-SpotUsage-Fargate-vCPU-Hours:perCPU"), Gen.Const("Fargate-GB-Hours"), Gen.Const("SpotUsage-Fargate-"));
        var amounts = Gen.OneOf(Gen.Decimal[-1000m, 1000m].Select(d => (decimal?)d), Gen.Const((decimal?)null));
        Gen.Select(types, amounts, amounts, Gen.Int[0, 13]).Array[0, 8].Sample(lines =>
        {
            var usage = lines.Select(l => new UsageTypeCost(Monday.AddDays(l.Item4 - 7), Ecs, l.Item1, l.Item2, l.Item3, "USD")).ToList();

            _ = SpotBillCalculator.Calculate(usage, Window, FargatePriceTable.Default);
        }, iter: 5_000);
    }
}
