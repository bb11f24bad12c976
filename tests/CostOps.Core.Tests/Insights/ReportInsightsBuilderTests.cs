using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Costs;
using CostOps.Core.Insights;
using NodaTime;

namespace CostOps.Core.Tests.Insights;

public sealed class ReportInsightsBuilderTests
{
    private static readonly ReportWindow Week = new(IsoWeek.Parse("2026-W47"), DateTimeZone.Utc);
    private static readonly FargateSize OneVcpu = new(1024, 2048);

    [Fact]
    public void Build_NotRead_Null() => Assert.Null(ReportInsightsBuilder.Build(Inputs(), new WeeklyReportOptions(), FargatePriceTable.Default));

    [Fact]
    public void Build_Fleet_TopSavingsNoDataCountAndGuardAgainstTightestMonthlyUsdBudget()
    {
        var inputs = Inputs() with
        {
            InsightsRead = true,
            Budgets =
            [
                new BudgetSnapshot("big", "MONTHLY", 5000m, "USD", 0m, null, new(2026, 11, 1), new(2026, 11, 30)),
                new BudgetSnapshot("ecs", "MONTHLY", 300m, "USD", 0m, null, new(2026, 11, 1), new(2026, 11, 30)),
                new BudgetSnapshot("yearly", "ANNUALLY", 100m, "USD", 0m, null, new(2026, 1, 1), new(2026, 12, 31)),
            ],
            Utilization = new FleetUtilization(
                [
                    Usage("prod/a", [5], 1), Usage("prod/b", [5], 3), Usage("prod/stopped", [], 1),
                ],
                [new ServiceCeiling("prod/a", 10, OneVcpu, TaskSize.X86, "us-east-1"), new ServiceCeiling("prod/b", 5, OneVcpu, TaskSize.X86, "us-east-1")]),
        };

        var insights = ReportInsightsBuilder.Build(inputs, new WeeklyReportOptions { RightSizingTop = 1 }, FargatePriceTable.Default)!;

        Assert.Equal("prod/b", Assert.Single(insights.RightSizing).Service);
        Assert.Equal((3, 1), (insights.ServicesMeasured, insights.ServicesWithoutData));
        var finding = Assert.Single(insights.Runaway); // 10 x $0.04937 x 730.5 = $360.65 > $300; 5 tasks = $180.32
        Assert.Equal(("prod/a", "ecs"), (finding.Service, finding.BudgetName));
    }

    [Fact]
    public void Build_OverrideOfUnreadableValue_LongOverrideWithTagValueAndFirstSighting()
    {
        var seen = new DateTimeOffset(2026, 11, 3, 18, 0, 0, TimeSpan.Zero);
        var inputs = Inputs() with
        {
            InsightsRead = true,
            RunningOutsideSchedule = [new OffScheduleService("prod", "api", ActivityKind.OverrideMalformed, "not understood")],
            Activity =
            [
                new ServiceActivity("arn", "prod", "api", "us-east-1", ActivityKind.OverrideMalformed, seen.AddDays(2), "keep-running value not understood, kept running with no end: keep-running value 'forever' is not an end time: x"),
                new ServiceActivity("arn", "prod", "api", "us-east-1", ActivityKind.OverrideMalformed, seen, "keep-running value not understood, kept running with no end: keep-running value 'forever' is not an end time: x"),
            ],
        };

        var insights = ReportInsightsBuilder.Build(inputs, new WeeklyReportOptions(), FargatePriceTable.Default)!;

        Assert.Equal(["prod/api: kept running with no end; tag value 'forever', first seen 2026-11-03 18:00 UTC"], insights.LongOverrides);
        Assert.Contains("not read", insights.UtilizationProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverrideEndingInAMonth_LongOverrideWithItsEndAndFirstSighting()
    {
        var seen = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        var inputs = Inputs() with
        {
            InsightsRead = true,
            RunningOutsideSchedule = [new OffScheduleService("prod", "batch", ActivityKind.OverrideInForce, "keep-running until 2026-12-24T18:00:00.0000000-08:00")],
            Activity = [new ServiceActivity("arn", "prod", "batch", "us-east-1", ActivityKind.OverrideInForce, seen, "keep-running until 2026-12-24T18:00-08:00")],
        };

        var line = Assert.Single(ReportInsightsBuilder.Build(inputs, new WeeklyReportOptions(), FargatePriceTable.Default)!.LongOverrides);

        Assert.Equal("prod/batch: kept running until 2026-12-25 02:00 UTC (32 days away); tag value '2026-12-24T18:00-08:00', first seen 2026-11-20 09:00 UTC", line);
    }

    private static ServiceUtilization Usage(string name, double[] peaks, int tasks) =>
        new(name, OneVcpu, TaskSize.X86, "us-east-1", peaks, peaks, peaks, peaks, tasks);

    private static WeeklyReportInputs Inputs() =>
        new() { Window = Week, Metric = "UnblendedCost", TagKey = "Environment", GeneratedAt = Week.EndsAt };
}
