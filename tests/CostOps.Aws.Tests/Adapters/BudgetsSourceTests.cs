using CostOps.Aws.Adapters;
using CostOps.Aws.Budgets;
using CostOps.Core.Budgets;
using CostOps.TestSupport;
using Moq;

namespace CostOps.Aws.Tests.Adapters;

public sealed class BudgetsSourceTests
{
    [Fact]
    public async Task ListAsync_CostBudgets_MapsAmountsAndCurrentMonthlyPeriod()
    {
        var client = new Mock<IBudgetsClient>();
        DescribeBudgetsRequest? sent = null;
        client.Setup(c => c.DescribeBudgetsAllAsync(It.IsAny<DescribeBudgetsRequest>(), It.IsAny<CancellationToken>()))
            .Callback<DescribeBudgetsRequest, CancellationToken>((r, _) => sent = r)
            .Returns(Pages(
                new DescribeBudgetsResponse { Budgets = [Budget("monthly-total", "COST", "MONTHLY", "60.0", "41.20", "58.5")] },
                new DescribeBudgetsResponse { Budgets = [Budget("requests", "USAGE", "MONTHLY", "1000", "10", null), Budget("no-limit", "COST", "QUARTERLY", null, "5", null)] }));
        var source = new BudgetsSource(client.Object, "123456789012", TestClock.At("2026-11-22T10:00:00Z"));

        var budgets = await source.ListAsync(CancellationToken.None);

        Assert.Equal(
            [
                new BudgetSnapshot("monthly-total", "MONTHLY", 60m, "USD", 41.20m, 58.5m, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
                new BudgetSnapshot("no-limit", "QUARTERLY", 0m, "USD", 5m, null, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)),
            ],
            budgets);
        Assert.Equal("123456789012", sent!.AccountId);
    }

    [Fact]
    public async Task ListAsync_BudgetFilteredToLinkedAccounts_KeepsTheAccounts()
    {
        var client = new Mock<IBudgetsClient>();
        var filtered = Budget("dev-monthly", "COST", "MONTHLY", "60.0", "41.20", null) with
        {
            CostFilters = new Dictionary<string, IReadOnlyList<string>> { ["LinkedAccount"] = ["111111111111", "222222222222"], ["Service"] = ["Amazon Elastic Container Service"] },
        };
        client.Setup(c => c.DescribeBudgetsAllAsync(It.IsAny<DescribeBudgetsRequest>(), It.IsAny<CancellationToken>()))
            .Returns(Pages(new DescribeBudgetsResponse { Budgets = [filtered, Budget("all", "COST", "MONTHLY", "60.0", "41.20", null)] }));

        var budgets = await new BudgetsSource(client.Object, "123456789012", TestClock.At("2026-11-22T10:00:00Z")).ListAsync(CancellationToken.None);

        Assert.Equal(["111111111111", "222222222222"], budgets[0].LinkedAccounts);
        Assert.Empty(budgets[1].LinkedAccounts);
        Assert.All(budgets, b => Assert.Null(b.AccountId));
    }

    [Theory]
    [InlineData("DAILY", "2026-02-14", "2026-02-14", "2026-02-14")]
    [InlineData("MONTHLY", "2028-02-14", "2028-02-01", "2028-02-29")]
    [InlineData("QUARTERLY", "2026-02-14", "2026-01-01", "2026-03-31")]
    [InlineData("ANNUALLY", "2026-02-14", "2026-01-01", "2026-12-31")]
    public void CurrentPeriod_EachTimeUnit_CoversToday(string unit, string today, string start, string end)
    {
        var (s, e) = BudgetsSource.CurrentPeriod(unit, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (s, e));
    }

    private static Budget Budget(string name, string type, string unit, string? limit, string actual, string? forecast) => new()
    {
        BudgetName = name,
        BudgetType = type,
        TimeUnit = unit,
        BudgetLimit = limit is null ? null : new Spend { Amount = limit, Unit = "USD" },
        CalculatedSpend = new CalculatedSpend
        {
            ActualSpend = new Spend { Amount = actual, Unit = "USD" },
            ForecastedSpend = forecast is null ? null : new Spend { Amount = forecast, Unit = "USD" },
        },
    };

    private static async IAsyncEnumerable<DescribeBudgetsResponse> Pages(params DescribeBudgetsResponse[] pages)
    {
        foreach (var page in pages)
        {
            await Task.Yield();
            yield return page;
        }
    }
}
