using CostOps.Core.Activity;
using CostOps.Core.Costs;

namespace CostOps.Core.Tests.Costs;

public class SavingsCalculatorTests
{
    private static readonly DateTimeOffset WeekStart = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WeekEnd = WeekStart.AddDays(7);
    private static readonly TaskSize X86Small = new(0.25m, 0.5m, TaskSize.X86);
    private static readonly TaskSize ArmOne = new(1m, 2m, TaskSize.Arm);

    private static readonly SavingsCalculator Calculator = new(FargatePriceTable.Default, 0.70m);

    private static ServiceActivity Record(ActivityKind kind, DateTimeOffset at, int tasks = 0, TaskSize? size = null, string region = "us-east-1", string service = "web") =>
        new($"arn:aws:ecs:{region}:1:service/dev/{service}", "dev", service, region, kind, at, string.Empty, tasks, size);

    [Fact]
    public void Calculate_OvernightStopStart_PricesTwelveHoursExactly()
    {
        var stop = WeekStart.AddHours(20);
        var result = Calculator.Calculate([Record(ActivityKind.Stopped, stop, 2, X86Small), Record(ActivityKind.Started, stop.AddHours(12))], WeekStart, WeekEnd);

        // 2 tasks x 12 h x (0.25 x 0.04048 + 0.5 x 0.004445)
        Assert.Equal(24m, result.SchedulerTaskHours);
        Assert.Equal(0.29622m, result.SchedulerAmount);
        Assert.Equal("dev/web", Assert.Single(result.SchedulerByService).Service);
    }

    [Fact]
    public void Calculate_ManualStartDuringOffHours_CountsOnlyHoursUntilTheDrift()
    {
        var stop = WeekStart.AddHours(20);
        var records = new[]
        {
            Record(ActivityKind.Stopped, stop, 2, X86Small),
            Record(ActivityKind.Drift, stop.AddHours(2), 2, X86Small),
            Record(ActivityKind.Started, stop.AddHours(12), 2, X86Small),
        };

        var result = Calculator.Calculate(records, WeekStart, WeekEnd);

        // Running from the manual start on: only the 2 h before it were avoided.
        Assert.Equal(4m, result.SchedulerTaskHours);
    }

    [Fact]
    public void Calculate_DriftThenStoppedAgain_CountsBothStoppedStretches()
    {
        var stop = WeekStart.AddHours(20);
        var records = new[]
        {
            Record(ActivityKind.Stopped, stop, 1, X86Small),
            Record(ActivityKind.Drift, stop.AddHours(2), 1, X86Small),
            Record(ActivityKind.Stopped, stop.AddHours(3), 1, X86Small),
            Record(ActivityKind.Started, stop.AddHours(12), 1, X86Small),
        };

        var result = Calculator.Calculate(records, WeekStart, WeekEnd);

        Assert.Equal(11m, result.SchedulerTaskHours);
    }

    [Fact]
    public void Calculate_StopWithoutStart_ClippedToWeekEnd()
    {
        var stop = WeekEnd.AddHours(-10);
        var result = Calculator.Calculate([Record(ActivityKind.Stopped, stop, 1, X86Small)], WeekStart, WeekEnd);

        Assert.Equal(10m, result.SchedulerTaskHours);
        Assert.Equal(0.123425m, result.SchedulerAmount);
    }

    [Fact]
    public void Calculate_StartInWeekAfterStopBeforeWeek_CountsOnlyHoursInsideWeek()
    {
        var records = new[] { Record(ActivityKind.Stopped, WeekStart.AddHours(-52), 1, X86Small), Record(ActivityKind.Started, WeekStart.AddHours(8)) };

        var result = Calculator.Calculate(records, WeekStart, WeekEnd);

        Assert.Equal(8m, result.SchedulerTaskHours);
        Assert.Equal(0.09874m, result.SchedulerAmount);
    }

    [Fact]
    public void Calculate_ArmVersusX86_UsesArchitecturePrice()
    {
        var stop = WeekStart.AddHours(1);
        var arm = Calculator.Calculate([Record(ActivityKind.Stopped, stop, 1, ArmOne), Record(ActivityKind.Started, stop.AddHours(1))], WeekStart, WeekEnd);
        var x86 = Calculator.Calculate([Record(ActivityKind.Stopped, stop, 1, ArmOne with { Architecture = TaskSize.X86 }), Record(ActivityKind.Started, stop.AddHours(1))], WeekStart, WeekEnd);

        Assert.Equal(0.03950m, arm.SchedulerAmount); // 0.03238 + 2 x 0.00356
        Assert.Equal(0.04937m, x86.SchedulerAmount); // 0.04048 + 2 x 0.004445
    }

    [Fact]
    public void Calculate_UnknownRegion_FallsBackToUsEast1AndSaysSo()
    {
        var stop = WeekStart.AddHours(1);
        var result = Calculator.Calculate([Record(ActivityKind.Stopped, stop, 1, ArmOne, "ap-south-2"), Record(ActivityKind.Started, stop.AddHours(2), region: "ap-south-2")], WeekStart, WeekEnd);

        Assert.Equal(0.07900m, result.SchedulerAmount);
        Assert.True(Assert.Single(result.SchedulerByService).PricedAtFallback);
        Assert.Contains(result.Notes, n => n.Contains("ap-south-2", StringComparison.Ordinal) && n.Contains("us-east-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_StopWithoutSize_NotPricedAndNoted()
    {
        var result = Calculator.Calculate([Record(ActivityKind.Stopped, WeekStart.AddHours(1), 2)], WeekStart, WeekEnd);

        Assert.Equal(0m, result.SchedulerAmount);
        Assert.Contains(result.Notes, n => n.Contains("dev/web", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_NoSpotRecords_SpotAmountNull()
    {
        var result = Calculator.Calculate([Record(ActivityKind.Stopped, WeekStart.AddHours(1), 1, X86Small)], WeekStart, WeekEnd);

        Assert.Null(result.SpotAmount);
        Assert.Contains("Scheduler:", result.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_SpotFallbackThenRestored_PricesSpotHoursMinusStoppedTime()
    {
        // On Spot from week start to Wed 00:00 (48 h), then on-demand until Thu 00:00, then Spot to the end (96 h);
        // stopped Fri 20:00 to Sat 08:00 (12 h) while on Spot: 132 Spot task-hours.
        var records = new[]
        {
            Record(ActivityKind.SpotFallback, WeekStart.AddDays(2), 1, ArmOne),
            Record(ActivityKind.SpotRestored, WeekStart.AddDays(3), 1, ArmOne),
            Record(ActivityKind.Stopped, WeekStart.AddDays(4).AddHours(20), 1, ArmOne),
            Record(ActivityKind.Started, WeekStart.AddDays(5).AddHours(8)),
        };

        var result = Calculator.Calculate(records, WeekStart, WeekEnd);

        Assert.Equal(132m, result.SpotTaskHours);
        Assert.Equal(3.64980m, result.SpotAmount); // 132 x 0.03950 x 0.70
        Assert.Equal(12m, result.SchedulerTaskHours);
    }

    [Fact]
    public void Calculate_TwoStopsBeforeOneStart_CountsFromTheFirstStop()
    {
        var records = new[]
        {
            Record(ActivityKind.Stopped, WeekStart.AddHours(2), 1, X86Small),
            Record(ActivityKind.Stopped, WeekStart.AddHours(3), 1, X86Small),
            Record(ActivityKind.Started, WeekStart.AddHours(6)),
        };

        Assert.Equal(4m, Calculator.Calculate(records, WeekStart, WeekEnd).SchedulerTaskHours);
    }
}
