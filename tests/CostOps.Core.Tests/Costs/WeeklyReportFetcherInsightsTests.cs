using CostOps.Core.Activity;
using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;
using CostOps.Core.Insights;
using CostOps.Core.Insights.Ports;
using Moq;
using static CostOps.Core.Tests.Costs.CostReportFakes;

namespace CostOps.Core.Tests.Costs;

public sealed class WeeklyReportFetcherInsightsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
    private static readonly FleetUtilization Fleet1 = new(
        [new ServiceUtilization("prod/api", new FargateSize(1024, 2048), TaskSize.X86, "eu-west-1", [5], [5], [10], [10], 1)],
        [new ServiceCeiling("prod/api", null, new FargateSize(1024, 2048), TaskSize.X86, "eu-west-1")]);

    private readonly Mock<IInsightsSource> _insights = new(MockBehavior.Strict);

    [Fact]
    public async Task FetchAsync_WithInsights_FourPaidRequestsAnomaliesOfTheWeekAndUtilizationOf14Days()
    {
        _insights.Setup(i => i.AnomaliesAsync(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InsightsAnswer<AnomalyFindings>(new AnomalyFindings([], "arn:m", 10m), 1, 0));
        _insights.Setup(i => i.UtilizationAsync(new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InsightsAnswer<FleetUtilization>(Fleet1, 0, 4));

        var inputs = await Fetcher(CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), [])).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Equal(4, inputs.CostExplorerRequests);
        Assert.Equal((true, 4), (inputs.InsightsRead, inputs.CloudWatchMetrics));
        Assert.Same(Fleet1, inputs.Utilization);
        Assert.NotNull(inputs.Anomalies);
    }

    [Fact]
    public async Task FetchAsync_BothInsightsFail_OneProblemLineEachAndTheRestOfTheReportStands()
    {
        _insights.Setup(i => i.AnomaliesAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("AccessDeniedException: ce:GetAnomalies"));
        _insights.Setup(i => i.UtilizationAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("timeout"));

        var inputs = await Fetcher(CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), [])).FetchAsync(Week47, Now, CancellationToken.None);
        var report = new WeeklyReportBuilder(new WeeklyReportOptions(), FargatePriceTable.Default).Build(inputs);

        Assert.Equal(3, inputs.CostExplorerRequests);
        Assert.NotNull(report.Totals);
        Assert.Contains("ce:GetAnomalies", report.Insights!.AnomalyProblem, StringComparison.Ordinal);
        Assert.Contains("cloudwatch:GetMetricData", report.Insights.UtilizationProblem, StringComparison.Ordinal);
        Assert.Empty(report.Insights.RightSizing);
    }

    [Fact]
    public async Task FetchAsync_NoClusterScope_ProblemIsTheConfigurationHintAlone()
    {
        _insights.Setup(i => i.AnomaliesAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InsightsAnswer<AnomalyFindings>(new AnomalyFindings([], null, 10m), 1, 0));
        _insights.Setup(i => i.UtilizationAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("set COSTOPS_CLUSTERS"));

        var inputs = await Fetcher(CostReader([], [])).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Equal("Right-sizing and the runaway guard are not shown: set COSTOPS_CLUSTERS", inputs.UtilizationProblem);
    }

    [Fact]
    public async Task FetchAsync_CostExplorerUnavailable_NoAnomalyCallButUtilizationStillRead()
    {
        var costs = new Mock<ICostDataReader>(MockBehavior.Strict);
        costs.Setup(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("AccessDeniedException"));
        _insights.Setup(i => i.UtilizationAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InsightsAnswer<FleetUtilization>(Fleet1, 0, 2));

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Equal(0, inputs.CostExplorerRequests);
        Assert.Contains("Cost Explorer is not available", inputs.AnomalyProblem, StringComparison.Ordinal);
        _insights.Verify(i => i.AnomaliesAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private WeeklyReportFetcher Fetcher(Mock<ICostDataReader> costs) =>
        new(new WeeklyReportOptions(), costs.Object, BudgetSource().Object, ActivityLog().Object, Fleet().Object, _insights.Object);
}
