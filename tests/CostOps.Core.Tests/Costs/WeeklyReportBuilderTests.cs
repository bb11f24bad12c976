using CostOps.Core.Activity;
using CostOps.Core.Budgets;
using CostOps.Core.Costs;
using static CostOps.Core.Tests.Costs.CostReportFakes;

namespace CostOps.Core.Tests.Costs;

public class WeeklyReportBuilderTests
{
    private static readonly WeeklyReportBuilder Builder = new(new WeeklyReportOptions { TopServices = 2, TopMovers = 2 }, FargatePriceTable.Default);

    private static WeeklyReportInputs Inputs(IReadOnlyList<DailyCost>? byService, IReadOnlyList<DailyCost>? byTag = null) => new()
    {
        Window = Week47,
        Metric = "UnblendedCost",
        TagKey = "Environment",
        GeneratedAt = Week47.EndsAt,
        ByService = byService,
        ByTag = byTag ?? [],
    };

    [Fact]
    public void Build_TwoWeeks_TotalsChangeAndPercent()
    {
        var rows = Daily(Week47, "A", 2m, 1m).Concat(Daily(Week47, "B", 1m, 1m)).ToList();

        var report = Builder.Build(Inputs(rows));

        Assert.Equal(21m, report.Totals!.ThisWeek);
        Assert.Equal(14m, report.Totals.PreviousWeek);
        Assert.Equal(7m, report.Totals.Change);
        Assert.Equal(50m, report.Totals.ChangePercent);
        Assert.Equal(14, report.Daily.Count);
        Assert.Equal(3m, report.Daily[^1].Amount);
    }

    [Fact]
    public void Build_PreviousWeekZero_PercentNull()
    {
        var report = Builder.Build(Inputs(Daily(Week47, "A", 1m, 0m)));

        Assert.Null(report.Totals!.ChangePercent);
        Assert.Equal(7m, report.Totals.Change);
    }

    [Fact]
    public void Build_ManyServices_TopByThisWeekRestSummedMoversByAbsoluteChange()
    {
        var rows = Daily(Week47, "Big", 5m, 5m).Concat(Daily(Week47, "Mid", 3m, 1m)).Concat(Daily(Week47, "Small", 1m, 4m)).Concat(Daily(Week47, "Tiny", 0.5m, 0.5m)).ToList();

        var report = Builder.Build(Inputs(rows));

        Assert.Equal(["Big", "Mid"], report.TopServices.Select(g => g.Name));
        Assert.Equal(10.5m, report.OtherServices!.ThisWeek);
        Assert.Equal(["Small", "Mid"], report.Movers.Select(g => g.Name)); // -21 before +14; unchanged services are not movers
    }

    [Fact]
    public void Build_EmptyCostExplorerAnswer_ZeroTotalsAndPlainNote()
    {
        var report = Builder.Build(Inputs([], []));

        Assert.Equal(0m, report.Totals!.ThisWeek);
        Assert.All(report.Daily, d => Assert.False(d.HasData));
        Assert.Empty(report.TopServices);
        Assert.Empty(report.TagSplit);
        Assert.Contains(report.Notes, n => n.Contains("no cost data", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_EstimatedDays_FlaggedAndNamed()
    {
        var rows = Daily(Week47, "A", 1m, 1m).Select(r => r.Day >= new DateOnly(2026, 11, 21) ? r with { Estimated = true } : r).ToList();

        var report = Builder.Build(Inputs(rows));

        Assert.Equal(2, report.Daily.Count(d => d.Estimated));
        Assert.Contains(report.Notes, n => n.Contains("Sat 21 Nov, Sun 22 Nov", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NonUsdRows_ExcludedFromTotalsAndNamedWithCode()
    {
        var rows = Daily(Week47, "A", 1m, 1m).Append(new DailyCost(new DateOnly(2026, 11, 17), "Marketplace", 9.5m, "EUR", false)).ToList();

        var report = Builder.Build(Inputs(rows));

        Assert.Equal(7m, report.Totals!.ThisWeek);
        Assert.Equal(new CurrencyAmount("EUR", 9.5m), Assert.Single(report.OtherCurrencies));
        Assert.Contains(report.Notes, n => n.Contains("9.50 EUR", StringComparison.Ordinal) && n.Contains("not included", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MissingAmounts_LeftOutAndCounted()
    {
        var rows = Daily(Week47, "A", 1m, 1m).Append(new DailyCost(new DateOnly(2026, 11, 17), "B", null, "USD", false)).ToList();

        var report = Builder.Build(Inputs(rows));

        Assert.Equal(7m, report.Totals!.ThisWeek);
        Assert.Contains(report.Notes, n => n.StartsWith("1 cost row(s) by service had no amount", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TagValues_PrefixStrippedAndEmptyIsUntagged()
    {
        var tags = Daily(Week47, "Environment$prod", 2m, 2m).Concat(Daily(Week47, "Environment$", 1m, 1m)).Concat(Daily(Week47, "dev", 0.5m, 0m)).ToList();

        var report = Builder.Build(Inputs([], tags));

        Assert.Equal(["prod", "(untagged)", "dev"], report.TagSplit.Select(g => g.Name));
    }

    [Fact]
    public void Build_CostExplorerUnavailable_NoTotalsButSavingsAndBudgets()
    {
        var inputs = Inputs(null) with
        {
            CostExplorerProblem = "AccessDeniedException",
            Budgets = [new BudgetSnapshot("Monthly", "MONTHLY", 40m, "USD", 10m, null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30))],
            Activity = [new ServiceActivity("arn", "dev", "web", "us-east-1", ActivityKind.Stopped, Week47.EndsAt.AddHours(-1), string.Empty, 1, new TaskSize(1m, 2m, TaskSize.X86))],
        };

        var report = Builder.Build(inputs);

        Assert.Null(report.Totals);
        Assert.Equal("AccessDeniedException", report.CostExplorerProblem);
        Assert.Equal(25m, Assert.Single(report.Budgets).PercentUsed);
        Assert.Equal(0.04937m, report.Savings.SchedulerAmount);
    }

    [Fact]
    public void Build_BudgetWithZeroLimit_PercentNull()
    {
        var report = Builder.Build(Inputs([]) with { Budgets = [new BudgetSnapshot("Zero", "MONTHLY", 0m, "USD", 3m, 4m, default, default)] });

        Assert.Null(Assert.Single(report.Budgets).PercentUsed);
    }

    [Fact]
    public void Build_ActivityProblem_FirstSavingsNote()
    {
        var report = Builder.Build(Inputs(Daily(Week47, "A", 1m, 1m)) with { ActivityProblem = "Scheduler savings are not shown: boom." });

        Assert.Equal("Scheduler savings are not shown: boom.", report.Savings.Notes[0]);
    }

    [Fact]
    public void Build_FleetProblem_InNotesAlsoWithoutCostData()
    {
        var withCosts = Builder.Build(Inputs(Daily(Week47, "A", 1m, 1m)) with { FleetProblem = "fleet status could not be read." });
        var withoutCosts = Builder.Build(Inputs(null) with { FleetProblem = "fleet status could not be read.", CostExplorerProblem = "denied" });

        Assert.Contains("fleet status could not be read.", withCosts.Notes);
        Assert.Contains("fleet status could not be read.", withoutCosts.Notes);
    }

    [Fact]
    public void Build_TwoLinkedAccounts_AccountsWithAConsolidatedTotalEqualToTheReportTotal()
    {
        var rows = Daily(Week47, "A", 2m, 1m);
        var inputs = Inputs(rows) with { ByAccount = [.. Daily(Week47, "111111111111", 1.5m, 1m), .. Daily(Week47, "222222222222", 0.5m, 0m)] };

        var report = Builder.Build(inputs);

        Assert.Equal(["111111111111", "222222222222"], report.Accounts!.Accounts.Select(a => a.AccountId));
        Assert.Equal(report.Totals, report.Accounts.Consolidated);
    }

    [Fact]
    public void Build_OneLinkedAccount_NoAccountsPartAndTheReportAsForOneAccount()
    {
        var rows = Daily(Week47, "A", 2m, 1m);

        var withAccount = Builder.Build(Inputs(rows) with { ByAccount = Daily(Week47, "111111111111", 2m, 1m) });
        var without = Builder.Build(Inputs(rows));

        Assert.Null(withAccount.Accounts);
        Assert.Equal(without.Totals, withAccount.Totals);
        Assert.Equal(without.TopServices, withAccount.TopServices);
        Assert.Equal(without.Notes, withAccount.Notes);
    }
}
