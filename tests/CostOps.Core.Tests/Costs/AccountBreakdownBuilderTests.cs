using CostOps.Core.Activity;
using CostOps.Core.Costs;
using CsCheck;
using static CostOps.Core.Tests.Costs.CostReportFakes;

namespace CostOps.Core.Tests.Costs;

public class AccountBreakdownBuilderTests
{
    private const string Dev = "111111111111";
    private const string Prod = "222222222222";
    private static readonly TaskSize Small = new(0.5m, 1m, TaskSize.X86);
    private static readonly SavingsCalculator Savings = new(FargatePriceTable.Default, 0.7m);

    private static WeeklyReportInputs Inputs(IReadOnlyList<DailyCost>? byAccount, params ServiceActivity[] activity) => new()
    {
        Window = Week47,
        Metric = "UnblendedCost",
        TagKey = "Environment",
        GeneratedAt = Week47.EndsAt,
        ByService = Daily(Week47, "Amazon Elastic Container Service", 3m, 2m),
        ByAccount = byAccount,
        Activity = activity,
    };

    private static ServiceActivity Record(string account, string service, ActivityKind kind, int day, int tasks = 0, string detail = "") =>
        new($"arn:aws:ecs:eu-west-1:{account}:service/app/{service}", "app", service, "eu-west-1", kind, Week47.StartsAt.AddDays(day).AddHours(20), detail, tasks, tasks > 0 ? Small : null);

    [Fact]
    public void Build_OneAccountInBillAndActivity_NoBreakdown()
    {
        var inputs = Inputs(Daily(Week47, Dev, 3m, 2m), Record(Dev, "web", ActivityKind.Stopped, 0, 2));

        Assert.Null(AccountBreakdownBuilder.Build(inputs, new SpendTotals(21m, 14m), Savings));
    }

    [Fact]
    public void Build_OneAccountAndRecordsWithoutAnAccountInTheirArn_NoBreakdown()
    {
        var inputs = Inputs(Daily(Week47, Dev, 3m, 2m), Record(Dev, "web", ActivityKind.Stopped, 0, 2), Record(Dev, "api", ActivityKind.Stopped, 0, 1) with { ServiceArn = "app/api" });

        Assert.Null(AccountBreakdownBuilder.Build(inputs, new SpendTotals(21m, 14m), Savings));
    }

    [Fact]
    public void Build_TwoAccountsAndRecordsWithoutAnAccount_TheirOwnSectionLast()
    {
        var inputs = Inputs([.. Daily(Week47, Dev, 1m, 1m), .. Daily(Week47, Prod, 2m, 2m)], Record(Dev, "api", ActivityKind.Stopped, 0, 1) with { ServiceArn = "app/api" });

        var breakdown = AccountBreakdownBuilder.Build(inputs, new SpendTotals(21m, 21m), Savings)!;

        Assert.Equal([Prod, Dev, ""], breakdown.Accounts.Select(a => a.AccountId));
        Assert.Equal(AccountSection.Unrecorded, breakdown.Accounts[^1].Label);
        Assert.Equal(1, breakdown.Accounts[^1].Activity.Stops);
    }

    [Fact]
    public void Build_NoAccountData_NoBreakdown()
    {
        Assert.Null(AccountBreakdownBuilder.Build(Inputs(null), new SpendTotals(21m, 14m), Savings));
    }

    [Fact]
    public void Build_TwoLinkedAccounts_RowsSumToConsolidatedTotalEqualToReportTotal()
    {
        var inputs = Inputs([.. Daily(Week47, Dev, 1m, 0.5m), .. Daily(Week47, Prod, 2m, 1.5m)]) with
        {
            AccountNames = new Dictionary<string, string> { [Prod] = "prod" },
        };

        var breakdown = AccountBreakdownBuilder.Build(inputs, new SpendTotals(21m, 14m), Savings)!;

        Assert.Equal(["prod (222222222222)", Dev], breakdown.Accounts.Select(a => a.Label));
        Assert.Equal([(14m, 10.5m), (7m, 3.5m)], breakdown.Accounts.Select(a => (a.Spend!.ThisWeek, a.Spend.PreviousWeek)));
        Assert.Null(breakdown.Unattributed);
        Assert.Equal(new SpendTotals(21m, 14m), breakdown.Consolidated);
        Assert.Null(breakdown.SpendProblem);
    }

    [Fact]
    public void Build_BillShortOfTheTotal_UnattributedRowMakesTheSumEqualTheTotal()
    {
        var inputs = Inputs([.. Daily(Week47, Dev, 1m, 1m), .. Daily(Week47, Prod, 1m, 1m)]);

        var breakdown = AccountBreakdownBuilder.Build(inputs, new SpendTotals(20m, 15m), Savings)!;

        Assert.Equal(new GroupSpend(AccountBreakdown.UnattributedName, 6m, 1m), breakdown.Unattributed);
        Assert.Equal(new SpendTotals(20m, 15m), breakdown.Consolidated);
        Assert.Equal(breakdown.Consolidated!.ThisWeek, breakdown.Accounts.Sum(a => a.Spend!.ThisWeek) + breakdown.Unattributed!.ThisWeek);
    }

    [Fact]
    public void Build_SavingsAndActivity_SplitByTheAccountOfEachServiceArn()
    {
        var inputs = Inputs(
            [.. Daily(Week47, Dev, 1m, 1m), .. Daily(Week47, Prod, 1m, 1m)],
            Record(Dev, "web", ActivityKind.Stopped, 0, 2),
            Record(Dev, "web", ActivityKind.Started, 1),
            Record(Prod, "api", ActivityKind.Stopped, 0, 1),
            Record(Prod, "api", ActivityKind.Failed, 2, detail: "AccessDenied"));

        var breakdown = AccountBreakdownBuilder.Build(inputs, new SpendTotals(14m, 14m), Savings)!;

        var dev = breakdown.Accounts.Single(a => a.AccountId == Dev);
        var prod = breakdown.Accounts.Single(a => a.AccountId == Prod);
        Assert.Equal((1, 1, 0), (dev.Activity.Stops, dev.Activity.Starts, dev.Activity.Failures));
        Assert.Equal((1, 0, 1), (prod.Activity.Stops, prod.Activity.Starts, prod.Activity.Failures));
        Assert.Equal(48m, dev.Savings.SchedulerTaskHours); // 2 tasks x 24 h until the start a day later
        Assert.Equal(6 * 24m + 4m, prod.Savings.SchedulerTaskHours); // 1 task from Monday 20:00 to the week's end
        Assert.Equal(["app/api: AccessDenied"], prod.Activity.FailureReasons);
    }

    [Fact]
    public void Build_ActivityInTwoAccountsButBillSeesOne_SectionsWithoutSpendAndTheReason()
    {
        var inputs = Inputs(Daily(Week47, Dev, 3m, 2m), Record(Dev, "web", ActivityKind.Stopped, 0, 1), Record(Prod, "api", ActivityKind.Stopped, 0, 1));

        var breakdown = AccountBreakdownBuilder.Build(inputs, new SpendTotals(21m, 14m), Savings)!;

        Assert.Equal(2, breakdown.Accounts.Count);
        Assert.All(breakdown.Accounts, a => Assert.Null(a.Spend));
        Assert.Null(breakdown.Consolidated);
        Assert.Contains("only the spend of 111111111111", breakdown.SpendProblem, StringComparison.Ordinal);
        Assert.Contains("management (payer) account", breakdown.SpendProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CostExplorerUnavailable_SectionsFromActivityAndTheReason()
    {
        var inputs = Inputs(null, Record(Dev, "web", ActivityKind.Stopped, 0, 1), Record(Prod, "api", ActivityKind.Stopped, 0, 1)) with { ByService = null };

        var breakdown = AccountBreakdownBuilder.Build(inputs, null, Savings)!;

        Assert.Null(breakdown.Consolidated);
        Assert.Equal("Spend per account is not shown: Cost Explorer is not available to CostOps.", breakdown.SpendProblem);
    }

    [Fact]
    public void Build_AccountWithActivityButNoBill_ShownWithZeroSpend()
    {
        const string quiet = "333333333333";
        var inputs = Inputs([.. Daily(Week47, Dev, 1m, 1m), .. Daily(Week47, Prod, 2m, 1m)], Record(quiet, "web", ActivityKind.Stopped, 0, 1));

        var breakdown = AccountBreakdownBuilder.Build(inputs, new SpendTotals(21m, 14m), Savings)!;

        Assert.Equal([Prod, Dev, quiet], breakdown.Accounts.Select(a => a.AccountId));
        Assert.Equal(new GroupSpend(quiet, 0m, 0m), breakdown.Accounts[^1].Spend);
    }

    [Theory]
    [InlineData("arn:aws:ecs:eu-west-1:111111111111:service/app/web", "111111111111")]
    [InlineData("arn:aws-cn:ecs:cn-north-1:222222222222:service/web", "222222222222")]
    [InlineData("arn:aws:ecs:eu-west-1::service/app/web", "")]
    [InlineData("arn:aws:ecs:eu-west-1:12345:service/app/web", "")]
    [InlineData("web", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void AccountOf_Arn_TwelveDigitAccountOrEmpty(string? arn, string expected) =>
        Assert.Equal(expected, AccountBreakdownBuilder.AccountOf(arn));

    [Fact]
    public void Label_NoAccountRecorded_SaysSo() =>
        Assert.Equal(AccountSection.Unrecorded, new AccountSection("", "ignored", null, Savings.Calculate([], Week47.StartsAt, Week47.EndsAt), SchedulerActivitySummary.From([], Week47.StartsAt, Week47.EndsAt, [])).Label);

    [Fact]
    public void Build_AnyAccountRowsAndNames_NeverThrowsAndConsolidatedEqualsTheTotal()
    {
        var accounts = Gen.OneOf(Gen.Const(Dev), Gen.Const(Prod), Gen.Const(""), Gen.String);
        var amounts = Gen.OneOf(Gen.Decimal[-1000m, 1000m].Select(d => (decimal?)d), Gen.Const((decimal?)null));
        var rows = Gen.Select(accounts, amounts, Gen.Int[0, 13], Gen.OneOf(Gen.Const("USD"), Gen.String)).Array[0, 12];
        Gen.Select(rows, Gen.String, Gen.Decimal[0m, 5000m]).Sample((picked, name, total) =>
        {
            var byAccount = picked.Select(r => new DailyCost(Week47.CostStart.AddDays(r.Item3), r.Item1, r.Item2, r.Item4, false)).ToList();
            var inputs = Inputs(byAccount) with { AccountNames = new Dictionary<string, string> { [Dev] = name } };

            var breakdown = AccountBreakdownBuilder.Build(inputs, new SpendTotals(total, 0m), Savings);

            if (breakdown?.Consolidated is { } consolidated)
            {
                Assert.InRange(Math.Abs(consolidated.ThisWeek - total), 0m, 0.005m);
                Assert.Equal(consolidated.ThisWeek, breakdown.Accounts.Sum(a => a.Spend!.ThisWeek) + (breakdown.Unattributed?.ThisWeek ?? 0m));
                Assert.All(breakdown.Accounts, a => Assert.False(string.IsNullOrEmpty(a.Label)));
            }
        });
    }
}
