using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;
using Moq;
using static CostOps.Core.Tests.Costs.CostReportFakes;

namespace CostOps.Core.Tests.Costs;

public class WeeklyReportFetcherTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    private static WeeklyReportFetcher Fetcher(Mock<ICostDataReader> costs) =>
        new(new WeeklyReportOptions(), costs.Object, BudgetSource().Object, ActivityLog().Object, Fleet().Object);

    [Fact]
    public async Task FetchAsync_SinglePageAnswers_AtMostThreePaidRequests()
    {
        var costs = CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), Daily(Week47, "Environment$dev", 1m, 1m));

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Equal(3, inputs.CostExplorerRequests);
        costs.Verify(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>()), Times.Once);
        costs.Verify(c => c.DailyByTagAsync(It.IsAny<CostQuery>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task FetchAsync_MultiPageAnswers_CountsEveryPage()
    {
        var costs = CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), [], servicePages: 3, tagPages: 2);

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Equal(6, inputs.CostExplorerRequests);
    }

    [Fact]
    public async Task FetchAsync_Query_FourteenDaysByTagMonthSoFarByServiceExclusiveEndConfiguredMetricAndTag()
    {
        var costs = CostReader([], []);
        var options = new WeeklyReportOptions { Metric = "AmortizedCost", CostAllocationTag = "Team" };

        await new WeeklyReportFetcher(options, costs.Object, BudgetSource().Object, ActivityLog().Object, Fleet().Object).FetchAsync(Week47, Now, CancellationToken.None);

        var expected = new CostQuery(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 23), "AmortizedCost");
        var monthSoFar = expected with { Start = new DateOnly(2026, 11, 1) };
        costs.Verify(c => c.DailyByServiceAsync(monthSoFar, It.IsAny<CancellationToken>()));
        costs.Verify(c => c.DailyByTagAsync(expected, "Team", It.IsAny<CancellationToken>()));
        costs.Verify(c => c.ForecastAsync(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 1), "AmortizedCost", It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("User is not authorized (AccessDeniedException)")]
    [InlineData("DataUnavailableException: Data is not available.")]
    [InlineData("Cost Explorer is not enabled for this account")]
    public async Task FetchAsync_CostExplorerUnavailable_ProblemSetAndNoFurtherPaidCalls(string message)
    {
        var costs = new Mock<ICostDataReader>(MockBehavior.Strict);
        costs.Setup(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException(message));

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Null(inputs.ByService);
        Assert.Contains(message, inputs.CostExplorerProblem, StringComparison.Ordinal);
        Assert.Equal(0, inputs.CostExplorerRequests);
    }

    [Fact]
    public async Task FetchAsync_OtherCostExplorerError_Propagates()
    {
        var costs = new Mock<ICostDataReader>();
        costs.Setup(c => c.DailyByServiceAsync(It.IsAny<CostQuery>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException("socket timeout"));

        await Assert.ThrowsAsync<TimeoutException>(() => Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None));
    }

    [Fact]
    public async Task FetchAsync_BudgetsFail_ReportedNotThrown()
    {
        var budgets = new Mock<CostOps.Core.Budgets.IBudgetSource>();
        budgets.Setup(b => b.ListAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("AccessDenied budgets:ViewBudget"));
        var fetcher = new WeeklyReportFetcher(new WeeklyReportOptions(), CostReader([], []).Object, budgets.Object, ActivityLog().Object, Fleet().Object);

        var inputs = await fetcher.FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Contains("budgets:ViewBudget", inputs.BudgetProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_Activity_ReadsLookbackBeforeWeek()
    {
        var activity = ActivityLog();

        await new WeeklyReportFetcher(new WeeklyReportOptions(), CostReader([], []).Object, BudgetSource().Object, activity.Object, Fleet().Object).FetchAsync(Week47, Now, CancellationToken.None);

        activity.Verify(a => a.ReadAsync(Week47.StartsAt.AddDays(-14), Week47.EndsAt, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task FetchAsync_ForecastFailsWithServerError_SpendKeptAndForecastProblemNamesTheError()
    {
        var costs = CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), []);
        costs.Setup(c => c.ForecastAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Cost Explorer answered 500 InternalServerError after 5 attempts"));

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.NotNull(inputs.ByService);
        Assert.Null(inputs.Forecast);
        Assert.Contains("500 InternalServerError", inputs.ForecastProblem, StringComparison.Ordinal);
        Assert.Equal(2, inputs.CostExplorerRequests);
    }

    [Fact]
    public async Task FetchAsync_TagGroupingFailsWithServerError_SpendAndForecastKept()
    {
        var costs = CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), []);
        costs.Setup(c => c.DailyByTagAsync(It.IsAny<CostQuery>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("socket timeout"));

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.NotNull(inputs.ByService);
        Assert.NotNull(inputs.Forecast);
        Assert.Null(inputs.ByTag);
        Assert.Contains("TimeoutException: socket timeout", inputs.TagProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ActivityLogFails_ActivityProblemAndNoPartialRecords()
    {
        var activity = new Mock<CostOps.Core.Activity.IActivityLog>();
        activity.Setup(a => a.ReadAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns(FailingRead);
        var fetcher = new WeeklyReportFetcher(new WeeklyReportOptions(), CostReader([], []).Object, BudgetSource().Object, activity.Object, Fleet().Object);

        var inputs = await fetcher.FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Empty(inputs.Activity);
        Assert.Contains("ProvisionedThroughputExceeded", inputs.ActivityProblem, StringComparison.Ordinal);
        Assert.NotNull(inputs.ByService);
    }

    [Fact]
    public async Task FetchAsync_FleetStatusFails_FleetProblemAndCostsKept()
    {
        var fleet = new Mock<CostOps.Core.Activity.IFleetStatus>();
        fleet.Setup(f => f.RunningOutsideScheduleAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("table not found"));
        var fetcher = new WeeklyReportFetcher(new WeeklyReportOptions(), CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), []).Object, BudgetSource().Object, ActivityLog().Object, fleet.Object);

        var inputs = await fetcher.FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Contains("table not found", inputs.FleetProblem, StringComparison.Ordinal);
        Assert.Empty(inputs.RunningOutsideSchedule);
        Assert.NotNull(inputs.ByService);
    }

    [Fact]
    public async Task FetchAsync_CancelledDuringForecast_Propagates()
    {
        var costs = CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), []);
        costs.Setup(c => c.ForecastAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new OperationCanceledException());

        await Assert.ThrowsAsync<OperationCanceledException>(() => Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None));
    }

    private static async IAsyncEnumerable<CostOps.Core.Activity.ServiceActivity> FailingRead(DateTimeOffset from, DateTimeOffset to, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await Task.Yield();
        ct.ThrowIfCancellationRequested();
        yield return new CostOps.Core.Activity.ServiceActivity("arn", "dev", "web", "us-east-1", CostOps.Core.Activity.ActivityKind.Stopped, from.AddHours(1), string.Empty);
        throw new InvalidOperationException("ProvisionedThroughputExceededException after retries");
    }

    [Fact]
    public async Task FetchAsync_ReportForAnOldWeek_QueriesOnlyItsFourteenDays()
    {
        var costs = CostReader([], []);

        await Fetcher(costs).FetchAsync(Week47, new DateTimeOffset(2027, 1, 11, 7, 0, 0, TimeSpan.Zero), CancellationToken.None);

        costs.Verify(c => c.DailyByServiceAsync(It.Is<CostQuery>(q => q.Start == new DateOnly(2026, 11, 9)), It.IsAny<CancellationToken>()));
    }
}
