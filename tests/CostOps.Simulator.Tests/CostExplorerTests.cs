using System.Globalization;
using CostOps.Aws.Budgets;
using CostOps.Aws.CostExplorer;
using CostOps.Aws.Ecs;

namespace CostOps.Simulator.Tests;

public sealed class CostExplorerTests
{
    [Fact]
    public async Task GetCostAndUsage_TwoTasksForTenHoursThenStopped_ChargesExactlyTheTaskHoursThatRan()
    {
        var bed = new Testbed();
        bed.Account.AddCluster("prod");
        var size = bed.Account.RegisterTaskDefinition("api", 512, 1024);
        bed.Account.AddService("prod", "api", 2, size, tags: ("Environment", "prod"));

        bed.Account.Advance(TimeSpan.FromHours(10));
        await bed.SetDesiredAsync("prod", "api", 0);
        bed.Account.Advance(TimeSpan.FromDays(2));
        var answer = await Query(bed, "2026-03-02", "2026-03-05", new GroupDefinition { Type = "DIMENSION", Key = "USAGE_TYPE" });

        // 2 tasks x 10 h x (0.5 vCPU x $0.04048 + 1 GB x $0.004445) = $0.4048 + $0.0889
        var day = answer.ResultsByTime![0];
        Assert.Equal("0.4048", Amount(day, "USW2-Fargate-vCPU-Hours:perCPU"));
        Assert.Equal("0.0889", Amount(day, "USW2-Fargate-GB-Hours"));
        Assert.Empty(answer.ResultsByTime[1].Groups!);
        Assert.Equal(3, answer.ResultsByTime.Count);
    }

    [Fact]
    public async Task GetCostAndUsage_RecordUsageOff_ChargesNothingWhileTasksStillRunAndStop()
    {
        var bed = new Testbed(new SimulatorOptions { RecordUsage = false });
        bed.Account.AddCluster("prod");
        var size = bed.Account.RegisterTaskDefinition("api", 512, 1024);
        bed.Account.AddService("prod", "api", 2, size, tags: ("Environment", "prod"));

        bed.Account.Advance(TimeSpan.FromHours(10));
        Assert.Equal(2, bed.Account.Service("api").RunningCount);
        await bed.SetDesiredAsync("prod", "api", 0);
        bed.Account.Advance(TimeSpan.FromDays(2));
        var answer = await Query(bed, "2026-03-02", "2026-03-05", new GroupDefinition { Type = "DIMENSION", Key = "USAGE_TYPE" });

        Assert.Equal(0, bed.Account.Service("api").RunningCount);
        Assert.Equal(3, answer.ResultsByTime!.Count);
        Assert.All(answer.ResultsByTime, day => Assert.Empty(day.Groups!));
        Assert.Equal(0m, bed.Account.Ledger.TaskHours(new DateOnly(2026, 3, 2), bed.Account.Service("api").Arn, spot: false));
    }

    [Fact]
    public async Task GetCostAndUsage_SpotAndOnDemandAcrossMidnightByTag_SplitsByDayUsageTypeAndTag()
    {
        var bed = new Testbed(start: "2026-03-02T20:00:00Z");
        bed.Account.AddCluster("app");
        var small = bed.Account.RegisterTaskDefinition("small", 256, 512);
        bed.Account.AddService("app", "dev-web", 1, small, [new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 }], tags: ("Environment", "dev"));
        bed.Account.AddService("app", "tools", 1, small);

        bed.Account.Advance(TimeSpan.FromHours(8));
        var byTag = await Query(bed, "2026-03-02", "2026-03-04", new GroupDefinition { Type = "TAG", Key = "Environment" });
        var byType = await Query(bed, "2026-03-02", "2026-03-04", new GroupDefinition { Type = "DIMENSION", Key = "USAGE_TYPE" });

        // 4 h on each day; one task-hour of 0.25 vCPU / 0.5 GB: on-demand $0.0123425, Spot 30% of it.
        Assert.Equal(Money(4 * 0.0123425m * 0.3m), Amount(byTag.ResultsByTime![0], "Environment$dev"));
        Assert.Equal(Money(4 * 0.0123425m), Amount(byTag.ResultsByTime[1], "Environment$"));
        Assert.Equal(Money(4 * 0.25m * 0.04048m * 0.3m), Amount(byType.ResultsByTime![1], "USW2-SpotUsage-Fargate-vCPU-Hours:perCPU"));
        Assert.Equal(Money(4 * 0.5m * 0.004445m * 0.3m), Amount(byType.ResultsByTime[1], "USW2-SpotUsage-Fargate-GB-Hours"));
        Assert.Equal(4m, bed.Account.Ledger.TaskHours(new DateOnly(2026, 3, 3), bed.Account.Service("dev-web").Arn, spot: true));
    }

    [Fact]
    public async Task DescribeBudgets_MonthToDate_EqualsTheBillIncludingFixedLines()
    {
        var bed = new Testbed(new SimulatorOptions { FixedCharges = CostModel.SeedFixedCharges("us-west-2") });
        bed.Account.AddCluster("prod").AddService("prod", "api", 1);
        bed.Account.AddBudget("monthly", 25m);

        bed.Account.Advance(TimeSpan.FromDays(3));
        var budgets = await bed.Budgets.DescribeBudgetsAsync(new DescribeBudgetsRequest { AccountId = "123456789012" }, CancellationToken.None);

        // 72 h x (0.024685 task + 23/730 fixed)
        var expected = 72 * (0.024685m + (23m / 730m));
        var budget = Assert.Single(budgets.Budgets!);
        Assert.Equal(decimal.Round(expected, 6), decimal.Round(decimal.Parse(budget.CalculatedSpend!.ActualSpend.Amount, CultureInfo.InvariantCulture), 6));
        Assert.Equal("25", budget.BudgetLimit!.Amount);
    }

    private static Task<GetCostAndUsageResponse> Query(Testbed bed, string start, string end, GroupDefinition group) =>
        bed.CostExplorer.GetCostAndUsageAsync(new GetCostAndUsageRequest
        {
            TimePeriod = new DateInterval { Start = start, End = end },
            Granularity = "DAILY",
            Metrics = ["UnblendedCost"],
            GroupBy = [group],
        }, CancellationToken.None);

    private static string? Amount(ResultByTime result, string key) =>
        result.Groups!.SingleOrDefault(g => g.Keys![0] == key)?.Metrics!["UnblendedCost"].Amount;

    private static string Money(decimal amount) => decimal.Round(amount, 10).ToString("0.##########", CultureInfo.InvariantCulture);
}
