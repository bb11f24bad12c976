using CostOps.Core.Budgets;

namespace CostOps.Core.Tests.Budgets;

public class BudgetLedgerKeyTests
{
    [Fact]
    public void For_UsdAndPercent_NamesBudgetPeriodKindAndThreshold()
    {
        var budget = TestBudgets.Monthly(1m);

        Assert.Equal("budget#monthly-total#2026-03-01#actual#40usd", BudgetLedgerKey.For(budget, new BudgetThreshold(40.00m, ThresholdUnit.Usd, SpendKind.Actual)));
        Assert.Equal("budget#monthly-total#2026-03-01#forecast#12.5pct", BudgetLedgerKey.For(budget, new BudgetThreshold(12.50m, ThresholdUnit.PercentOfLimit, SpendKind.Forecast)));
    }

    [Fact]
    public void ForAndClaim_SameBudgetNameInTwoMemberAccounts_DistinctKeysOwnAccountUnchanged()
    {
        var threshold = new BudgetThreshold(40m, ThresholdUnit.Usd, SpendKind.Actual);
        var own = TestBudgets.Monthly(1m);
        var dev = own with { AccountId = "111111111111" };
        var prod = own with { AccountId = "222222222222" };

        Assert.Equal("budget#111111111111#monthly-total#2026-03-01#actual#40usd", BudgetLedgerKey.For(dev, threshold));
        Assert.Equal("budget#111111111111#monthly-total#2026-03-01#claim", BudgetLedgerKey.Claim(dev));
        Assert.Equal(3, new[] { own, dev, prod }.Select(b => BudgetLedgerKey.For(b, threshold)).Distinct().Count());
        Assert.Equal(3, new[] { own, dev, prod }.Select(BudgetLedgerKey.Claim).Distinct().Count());
        Assert.Equal("budget#monthly-total#2026-03-01#claim", BudgetLedgerKey.Claim(own));
    }

    [Fact]
    public void For_NextPeriod_IsDifferentKey()
    {
        var threshold = new BudgetThreshold(25m, ThresholdUnit.Usd, SpendKind.Actual);

        Assert.NotEqual(BudgetLedgerKey.For(TestBudgets.Monthly(1m, month: 3), threshold), BudgetLedgerKey.For(TestBudgets.Monthly(1m, month: 4), threshold));
    }

    [Fact]
    public void ExpiresAt_IsMidnightAfterPeriodEndPlusRetention()
    {
        var expires = BudgetLedgerKey.ExpiresAt(TestBudgets.Monthly(1m), TimeSpan.FromDays(7));

        Assert.Equal(new DateTimeOffset(2026, 4, 8, 0, 0, 0, TimeSpan.Zero), expires);
    }

    [Fact]
    public void ExpiresAt_PeriodEndBeforeStartOrMaxDate_DoesNotExpireEarlyOrOverflow()
    {
        var backwards = TestBudgets.Monthly(1m) with { PeriodEnd = new DateOnly(2020, 1, 1) };
        var endless = TestBudgets.Monthly(1m) with { PeriodEnd = DateOnly.MaxValue };

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), BudgetLedgerKey.ExpiresAt(backwards, TimeSpan.FromDays(7)));
        Assert.Equal(DateTimeOffset.MaxValue, BudgetLedgerKey.ExpiresAt(endless, TimeSpan.FromDays(7)));
    }
}
