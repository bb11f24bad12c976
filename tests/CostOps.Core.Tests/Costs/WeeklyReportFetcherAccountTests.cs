using CostOps.Core.Costs;
using CostOps.Core.Costs.Ports;
using Moq;
using static CostOps.Core.Tests.Costs.CostReportFakes;

namespace CostOps.Core.Tests.Costs;

public class WeeklyReportFetcherAccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    private static WeeklyReportFetcher Fetcher(Mock<ICostDataReader> costs) =>
        new(new WeeklyReportOptions { CostAllocationTag = "Team" }, costs.Object, BudgetSource().Object, ActivityLog().Object, Fleet().Object);

    [Fact]
    public async Task FetchAsync_ReaderGroupsByAccount_ByTagAndAccountFromOneRequestInsteadOfTheTagRequest()
    {
        var costs = CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), []);
        var byTag = Daily(Week47, "Team$web", 1m, 1m);
        var byAccount = Daily(Week47, "111111111111", 1m, 1m);
        var names = new Dictionary<string, string> { ["111111111111"] = "dev" };
        costs.As<ILinkedAccountCostReader>()
            .Setup(c => c.DailyByTagAndAccountAsync(It.IsAny<CostQuery>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CostAnswer<TagAccountCosts>(new TagAccountCosts(byTag, byAccount, names), 2));

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Same(byTag, inputs.ByTag);
        Assert.Same(byAccount, inputs.ByAccount);
        Assert.Equal("dev", inputs.AccountNames["111111111111"]);
        Assert.Equal(4, inputs.CostExplorerRequests); // by service 1 + by tag and account 2 pages + forecast 1
        costs.As<ILinkedAccountCostReader>().Verify(c => c.DailyByTagAndAccountAsync(new CostQuery(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 23), "UnblendedCost"), "Team", It.IsAny<CancellationToken>()), Times.Once);
        costs.Verify(c => c.DailyByTagAsync(It.IsAny<CostQuery>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task FetchAsync_ByTagAndAccountFails_TagProblemAndNoSpendPerAccount()
    {
        var costs = CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), []);
        costs.As<ILinkedAccountCostReader>()
            .Setup(c => c.DailyByTagAndAccountAsync(It.IsAny<CostQuery>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("socket timeout"));

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Null(inputs.ByAccount);
        Assert.Contains("socket timeout", inputs.TagProblem, StringComparison.Ordinal);
        Assert.NotNull(inputs.Forecast);
    }

    [Fact]
    public async Task FetchAsync_ReaderWithoutAccounts_TagRequestAsBefore()
    {
        var costs = CostReader(Daily(Week47, "Amazon ECS", 1m, 1m), Daily(Week47, "Team$web", 1m, 1m));

        var inputs = await Fetcher(costs).FetchAsync(Week47, Now, CancellationToken.None);

        Assert.Null(inputs.ByAccount);
        Assert.Empty(inputs.AccountNames);
        Assert.Equal(3, inputs.CostExplorerRequests);
    }
}
