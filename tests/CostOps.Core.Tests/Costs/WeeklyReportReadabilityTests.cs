using CostOps.Core.Activity;
using CostOps.Core.Costs;
using static CostOps.Core.Tests.Costs.CostReportFakes;

namespace CostOps.Core.Tests.Costs;

public class WeeklyReportReadabilityTests
{
    private static readonly WeeklyReportBuilder Builder = new(new WeeklyReportOptions(), FargatePriceTable.Default);

    private static WeeklyReportInputs Inputs(IReadOnlyList<DailyCost> byService, IReadOnlyList<DailyCost>? byTag = null) => new()
    {
        Window = Week47,
        Metric = "UnblendedCost",
        TagKey = "Environment",
        GeneratedAt = Week47.EndsAt,
        ByService = byService,
        ByTag = byTag ?? [],
    };

    [Fact]
    public void Build_SmallChanges_AreNotMovers()
    {
        var rows = Daily(Week47, "Cent", 1.01m, 1m)          // +$0.07: under $1
            .Concat(Daily(Week47, "BigButFlat", 101m, 100m))  // +$7 but 1%
            .Concat(Daily(Week47, "Real", 2m, 1m))            // +$7 and +100%
            .Concat(Daily(Week47, "New", 0.2m, 0m))           // +$1.40 from nothing
            .ToList();

        var report = Builder.Build(Inputs(rows));

        Assert.Equal(["Real", "New"], report.Movers.Select(m => m.Name));
    }

    [Fact]
    public void Build_TagSplitShort_AddsARemainderRowSoItSumsToTheTotal()
    {
        var rows = Daily(Week47, "ECS", 3m, 2m);
        var tags = Daily(Week47, "Environment$dev", 1m, 1m).Concat(Daily(Week47, "Environment$", 0.5m, 0.5m)).ToList();

        var report = Builder.Build(Inputs(rows, tags));

        var other = Assert.Single(report.TagSplit, g => g.Name == WeeklyReportBuilder.TagRemainder);
        Assert.Equal(10.5m, other.ThisWeek);
        Assert.Equal(report.Totals!.ThisWeek, report.TagSplit.Sum(g => g.ThisWeek));
        Assert.Equal(report.Totals.PreviousWeek, report.TagSplit.Sum(g => g.PreviousWeek));
    }

    [Fact]
    public void Build_TagSplitComplete_HasNoRemainderRow()
    {
        var report = Builder.Build(Inputs(Daily(Week47, "ECS", 3m, 2m), Daily(Week47, "Environment$dev", 3m, 2m)));

        Assert.DoesNotContain(report.TagSplit, g => g.Name == WeeklyReportBuilder.TagRemainder);
    }

    [Fact]
    public void Build_ForecastFromTheDayAfterTheWeek_MonthEndIsMonthToDatePlusRest()
    {
        var rows = Daily(Week47, "ECS", 1m, 1m).Concat(
            Enumerable.Range(1, 8).Select(d => new DailyCost(new DateOnly(2026, 11, d), "ECS", 2m, "USD", false))).ToList();
        var inputs = Inputs(rows) with { Forecast = new CostForecast(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 1), 9m, "USD") };

        var report = Builder.Build(inputs);

        Assert.NotNull(report.MonthEnd);
        Assert.Equal(16m + 14m, report.MonthEnd!.MonthToDate);
        Assert.Equal(39m, report.MonthEnd.Amount);
        Assert.Equal(new DateOnly(2026, 11, 1), report.MonthEnd.MonthStart);
    }

    [Fact]
    public void Build_ForecastLongAfterTheWeek_NoMonthEnd()
    {
        var inputs = Inputs(Daily(Week47, "ECS", 1m, 1m)) with { Forecast = new CostForecast(new DateOnly(2027, 1, 11), new DateOnly(2027, 2, 1), 9m, "USD") };

        Assert.Null(Builder.Build(inputs).MonthEnd);
    }

    [Fact]
    public void Build_BudgetForecastAtOrOverLimit_IsOverBudget()
    {
        var inputs = Inputs(Daily(Week47, "ECS", 1m, 1m)) with
        {
            Budgets =
            [
                new("Over", "MONTHLY", 25m, "USD", 20m, 30m, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
                new("Fine", "MONTHLY", 60m, "USD", 20m, 30m, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
            ],
        };

        Assert.Equal(["Over"], Builder.Build(inputs).OverBudget.Select(b => b.Name));
    }

    [Fact]
    public void From_FailedService_KeepsItsLatestErrorOnOneLine()
    {
        var at = Week47.StartsAt.AddDays(1);
        ServiceActivity Failed(DateTimeOffset when, string detail) =>
            new("arn:aws:ecs:us-east-1:123456789012:service/dev/batch", "dev", "batch", "us-east-1", ActivityKind.Failed, when, detail, 0, null);

        var summary = SchedulerActivitySummary.From(
            [Failed(at, "old error"), Failed(at.AddHours(1), "AwsServiceException: ECS UpdateService failed: AccessDeniedException\nnot authorized")],
            Week47.StartsAt, Week47.EndsAt, []);

        Assert.Equal(["dev/batch: AwsServiceException: ECS UpdateService failed: AccessDeniedException not authorized"], summary.FailureReasons);
    }

    [Fact]
    public void From_WakesInAndOutsideTheWeek_CountsThoseInTheWeekPerService()
    {
        var at = Week47.StartsAt.AddDays(2);
        ServiceActivity Woken(string service, DateTimeOffset when) =>
            new($"arn:aws:ecs:us-east-1:123456789012:service/dev/{service}", "dev", service, "us-east-1", ActivityKind.Woken, when, "woken by load-balancer", 0, null);

        var summary = SchedulerActivitySummary.From(
            [Woken("web", at), Woken("web", at.AddHours(3)), Woken("api", at), Woken("api", Week47.StartsAt.AddDays(-1))],
            Week47.StartsAt, Week47.EndsAt, []);

        Assert.Equal(3, summary.Wakes);
        Assert.Equal(["dev/api (1)", "dev/web (2)"], summary.WokenServices);
    }
}
