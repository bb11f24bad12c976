using CostOps.Core.Insights;

namespace CostOps.Core.Tests.Insights;

public sealed class AnomalyFindingsTests
{
    private const string Monitor = "arn:aws:ce::123456789012:anomalymonitor/0f9e8d7c";

    private static readonly CostAnomaly Ecs = new(
        "a-1", Monitor, "Amazon Elastic Container Service", new(2026, 11, 25), new(2026, 11, 27), 148.75m, 61.2m, 50m,
        "Amazon Elastic Container Service, EUW1-Fargate-vCPU-Hours:perCPU, eu-west-1");

    [Fact]
    public void Lines_OneCompleteAnomaly_ServiceImpactPercentDatesCauseAndLink()
    {
        var line = Assert.Single(new AnomalyFindings([Ecs], Monitor, 10m).Lines());

        Assert.Equal(
            "Amazon Elastic Container Service: +$148.75 (+50.0%) from 2026-11-25 to 2026-11-27; top cause: Amazon Elastic Container Service, EUW1-Fargate-vCPU-Hours:perCPU, eu-west-1; "
            + "https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors/0f9e8d7c/anomalies/a-1",
            line);
    }

    [Fact]
    public void Lines_SeveralAnomalies_LargestImpactFirst()
    {
        var small = Ecs with { AnomalyId = "a-2", Dimension = "Amazon CloudWatch", TotalImpact = 12m };
        var large = Ecs with { AnomalyId = "a-3", Dimension = "AWS Lambda", TotalImpact = 900m };

        var lines = new AnomalyFindings([small, Ecs, large], Monitor, 10m).Lines();

        Assert.Equal(["AWS Lambda", "Amazon Elastic Container Service", "Amazon CloudWatch"], lines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Lines_MissingFields_SaysWhatIsMissingAndLinksToHistory()
    {
        var bare = new CostAnomaly(null, null, null, null, null, null, 7.5m, null, null);

        var line = Assert.Single(new AnomalyFindings([bare], Monitor, 5m).Lines());

        Assert.Equal(
            "(dimension not given): at least +$7.50 on its worst day (total not given) (dates not given); no root cause given; " + AnomalyLines.ConsoleHistory,
            line);
    }

    [Fact]
    public void Lines_OngoingAnomalyOfOneDay_SaysSinceAndOn()
    {
        Assert.Contains("since 2026-11-25 (ongoing)", AnomalyLines.Describe(Ecs with { End = null }), StringComparison.Ordinal);
        Assert.Contains("on 2026-11-25;", AnomalyLines.Describe(Ecs with { End = new(2026, 11, 25) }), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_NoneWithKnownMonitor_OneLineWithThreshold() =>
        Assert.Equal(["no cost anomaly with a total impact of $25.00 or more"], new AnomalyFindings([], Monitor, 25m).Lines());

    [Fact]
    public void Lines_NoneAndNoMonitorGiven_OneLineHowToEnableOne() =>
        Assert.Equal(
            ["no cost anomaly with a total impact of $25.00 or more from any monitor of the account; if the account has no Cost Anomaly Detection monitor, set anomaly_detection_enabled = true in the CostOps Terraform module (or create one in the Cost Explorer console) to have spikes reported here"],
            new AnomalyFindings([], null, 25m).Lines());
}
