using CostOps.Core.Budgets;
using Moq;

namespace CostOps.Core.Tests.Budgets;

public partial class BudgetAlertServiceTests
{
    [Fact]
    public async Task RunAsync_ManagementAccountSpendOfSeveralAccounts_AlertNamesTheAccountFromTheOneTopServicesRequest()
    {
        _options = _options with { AccountId = "123456789012" };
        _budgets.Add(TestBudgets.Monthly(41m, 50m));
        _spend.As<IAccountSpendSource>()
            .Setup(s => s.MonthToDateByServiceAndAccountAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new MonthToDateSpend(
                [new ServiceSpend("Amazon Elastic Container Service", 30m, "USD"), new ServiceSpend("Amazon Elastic Container Service", 11m, "USD")],
                [new AccountSpend("111111111111", "dev", 30m, "USD"), new AccountSpend("123456789012", "management", 11m, "USD")]));

        await Run();

        var alert = Assert.Single(_sent);
        // With the name the subject would pass 100 characters: the id alone stays.
        Assert.Equal("CostOps budget alert for 123456789012: monthly-total passed $40 (actual $41.00 of $60.00)", alert.Subject);
        Assert.Contains("Account:     management (123456789012), consolidated: the 2 accounts with spend this month\n", alert.Message, StringComparison.Ordinal);
        Assert.Contains("  1. Amazon Elastic Container Service: $41.00\n", alert.Message, StringComparison.Ordinal);
        Assert.Contains("  - dev (111111111111): $30.00\n", alert.Message, StringComparison.Ordinal);
        _spend.As<IAccountSpendSource>().Verify(s => s.MonthToDateByServiceAndAccountAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 11), It.IsAny<CancellationToken>()), Times.Once);
        _spend.Verify(s => s.MonthToDateByServiceAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunAsync_TwoMemberAccountsBudgetsOfTheSameName_EachAlertedOnceWithItsOwnKeys()
    {
        _budgets.Add(TestBudgets.Monthly(41m, 50m) with { AccountId = "111111111111" });
        _budgets.Add(TestBudgets.Monthly(41m, 50m) with { AccountId = "222222222222" });

        await Run();
        await Run();

        Assert.Equal(
            ["CostOps budget alert for 111111111111: monthly-total passed $40", "CostOps budget alert for 222222222222: monthly-total passed $40"],
            _sent.Select(n => n.Subject[..n.Subject.IndexOf(" (", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
        Assert.Contains("budget#111111111111#monthly-total#2026-03-01#actual#40usd", _ledger.Keys);
        Assert.Contains("budget#222222222222#monthly-total#2026-03-01#actual#40usd", _ledger.Keys);
    }
}
