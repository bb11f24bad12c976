using CostOps.Core.Activity;
using CostOps.Core.Costs;
using CostOps.Core.Insights;

namespace CostOps.Core.Tests.Insights;

public sealed class RunawayGuardTests
{
    private static readonly FargatePrice Price = new(0.04048m, 0.004445m);

    [Theory]
    // 1 vCPU / 2 GB = $0.04937 an hour × 730.5 h = $36.064785 a task-month.
    [InlineData(27, 1000, false)] // $973.75
    [InlineData(28, 1000, true)]  // $1,009.81
    [InlineData(10, 360.64785, false)] // exactly the budget: not over
    public void Find_MaxTimesTaskPriceAgainstBudget_FlagsOnlyOverBudget(int max, double budget, bool flagged)
    {
        var findings = RunawayGuard.Find([Limit("prod/api", max, (decimal)budget)]);

        Assert.Equal(flagged, findings.Count == 1);
    }

    [Fact]
    public void Find_OverBudget_LineWithMaxSizeMonthlyAndBudget()
    {
        var finding = Assert.Single(RunawayGuard.Find([Limit("prod/api", 28, 1000m)]));

        Assert.Equal(28 * 0.04937m * 730.5m, finding.MonthlyAtMax);
        Assert.Equal("prod/api: Auto Scaling max 28 tasks x 1 vCPU / 2 GB would cost $1,009.81 a month, over budget 'ecs-prod' ($1,000.00)", finding.Line);
    }

    [Fact]
    public void Find_NoMaximumOrNoBudget_NoMaxAlwaysReportedAndNoBudgetNeverOver()
    {
        var findings = RunawayGuard.Find([Limit("prod/worker", null, 1000m), Limit("dev/api", 500, null)]);

        var finding = Assert.Single(findings);
        Assert.Equal(("prod/worker", (decimal?)null), (finding.Service, finding.MonthlyAtMax));
        Assert.Contains("no Auto Scaling maximum", finding.Line, StringComparison.Ordinal);
    }

    private static ScalingLimit Limit(string service, int? max, decimal? budget) =>
        new(service, max, new FargateSize(1024, 2048), TaskSize.X86, Price, budget is null ? null : "ecs-prod", budget);
}
