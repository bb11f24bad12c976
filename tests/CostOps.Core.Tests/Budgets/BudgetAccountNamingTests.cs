using CostOps.Core.Budgets;
using CsCheck;

namespace CostOps.Core.Tests.Budgets;

public class BudgetAccountNamingTests
{
    private const string Management = "123456789012";
    private const string Dev = "111111111111";
    private const string Prod = "222222222222";
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static TopServices Top(params AccountSpend[] accounts) =>
        TopServices.Pick([new ServiceSpend("Amazon Elastic Container Service", 30m, "USD")], 5, From, Today) with { Accounts = accounts };

    [Fact]
    public void For_OneAccountAndNoFilter_NoNamingSoTheAlertReadsAsBefore()
    {
        Assert.Null(BudgetAccountNaming.For(TestBudgets.Monthly(41m), Top(new AccountSpend(Management, "management", 41m, "USD")), Management));
        Assert.Null(BudgetAccountNaming.For(TestBudgets.Monthly(41m), Top(), Management));
    }

    [Fact]
    public void For_ManagementAccountSeesSeveral_NamesItAsConsolidated()
    {
        var top = Top(new AccountSpend(Dev, "dev", 30m, "USD"), new AccountSpend(Management, "management", 11m, "USD"));

        var naming = BudgetAccountNaming.For(TestBudgets.Monthly(41m), top, Management)!;

        Assert.Equal("management (123456789012)", naming.SubjectLabel);
        Assert.Equal(Management, naming.ShortSubjectLabel);
        Assert.Equal("management (123456789012), consolidated: the 2 accounts with spend this month", naming.BodyLine);
    }

    [Fact]
    public void For_BudgetFilteredToLinkedAccounts_NamesThoseWithTheirNamesWhenKnown()
    {
        var budget = TestBudgets.Monthly(41m) with { LinkedAccounts = [Dev, Prod] };

        var naming = BudgetAccountNaming.For(budget, Top(new AccountSpend(Dev, "dev", 30m, "USD"), new AccountSpend(Prod, null, 11m, "USD")), Management)!;

        Assert.Equal("dev (111111111111) +1", naming.SubjectLabel);
        Assert.Equal("111111111111 +1", naming.ShortSubjectLabel);
        Assert.Equal("dev (111111111111), 222222222222 (the budget's LinkedAccount filter)", naming.BodyLine);
    }

    [Fact]
    public void For_MemberAccountsBudget_NamesTheOwner()
    {
        var naming = BudgetAccountNaming.For(TestBudgets.Monthly(41m) with { AccountId = Prod }, Top(), Management)!;

        Assert.Equal((Prod, Prod, Prod), (naming.SubjectLabel, naming.ShortSubjectLabel, naming.BodyLine));
    }

    [Fact]
    public void For_AnyFilterValuesAndNames_NeverThrowsAndLabelsArePrintableAscii()
    {
        var ids = Gen.OneOf(Gen.Const(Dev), Gen.String, Gen.Const(" "), Gen.Const(""));
        Gen.Select(ids.Array[0, 4], Gen.String, Gen.String.Null()).Sample((linked, name, owner) =>
        {
            var budget = TestBudgets.Monthly(41m) with { LinkedAccounts = linked, AccountId = owner };

            var naming = BudgetAccountNaming.For(budget, Top(new AccountSpend(Dev, name, 1m, "USD"), new AccountSpend(Prod, null, 1m, "USD")), Management);

            Assert.NotNull(naming);
            Assert.All(naming.SubjectLabel + naming.ShortSubjectLabel + naming.BodyLine, c => Assert.InRange(c, ' ', '~'));
        });
    }
}
