using CostOps.Core.Activity;
using CostOps.Core.Costs;
using CostOps.Core.Insights;
using CsCheck;

namespace CostOps.Core.Tests.Insights;

/// <summary>x86 prices $0.04048 per vCPU-hour and $0.004445 per GB-hour; headroom 70%; 14-day window.</summary>
public sealed class RightSizingRecommenderTests
{
    private static readonly FargatePrice Price = new(0.04048m, 0.004445m);
    private static readonly RightSizingOptions Options = new();

    [Fact]
    public void Recommend_IdleService10HoursADay_SmallestSizeAndSavingAtItsRunningHours()
    {
        // 140 hourly points in 14 days = 304.375 h a month; 2 tasks. Peak 5% of 1024 units = 51.2 (needs 73.1),
        // 10% of 2048 MiB = 204.8 (needs 292.6): 256/512 fits. $0.04937 - $0.0123425 = $0.0370275 an hour.
        var usage = Usage(new(1024, 2048), cpu: Series(140, 2, 5), memory: Series(140, 8, 10), tasks: 2);

        var (verdict, recommendation) = RightSizingRecommender.Recommend(usage, Price, Options);

        Assert.Equal(RightSizingVerdict.Recommend, verdict);
        Assert.Equal(new FargateSize(256, 512), recommendation!.Recommended);
        Assert.Equal(304.375m, recommendation.RunningHoursPerMonth);
        Assert.Equal(0.0370275m * 304.375m * 2, recommendation.MonthlySaving);
        Assert.Equal(22.540490625m, recommendation.MonthlySaving);
        Assert.Equal((5m, 10m), (recommendation.CpuMaxPercent, recommendation.MemoryMaxPercent));
    }

    [Fact]
    public void Recommend_SteadyServiceAllWeek_CheapestPairAboveBothNeeds()
    {
        // 336 points = 730.5 h a month. CPU 30% of 2048 = 614.4 units (needs 877.7: 1024), memory 40% of 8192 MiB
        // = 3276.8 (needs 4681.1: 5 GB). $0.11652 - $0.062705 = $0.053815 an hour.
        var usage = Usage(new(2048, 8192), cpu: Series(336, 25, 30), memory: Series(336, 38, 40), tasks: 1);

        var (_, recommendation) = RightSizingRecommender.Recommend(usage, Price, Options);

        Assert.Equal(new FargateSize(1024, 5120), recommendation!.Recommended);
        Assert.Equal(39.3118575m, recommendation.MonthlySaving);
        Assert.Equal((27.5m, 39m), (recommendation.CpuAveragePercent, recommendation.MemoryAveragePercent));
    }

    [Fact]
    public void Recommend_SpikyCpu_KeepsSizeTheSpikeNeeds()
    {
        // One hour at 90% of 1024 units = 921.6 needs 1316.6 units: only 2048 fits, which costs more.
        var cpu = Series(100, 3, 3).Append(90).ToList();

        var (verdict, recommendation) = RightSizingRecommender.Recommend(Usage(new(1024, 2048), cpu, Series(101, 10, 10), 1), Price, Options);

        Assert.Equal(RightSizingVerdict.AlreadyRightSized, verdict);
        Assert.Null(recommendation);
    }

    [Fact]
    public void Recommend_StoppedAllWindow_NoData()
    {
        var (verdict, recommendation) = RightSizingRecommender.Recommend(Usage(new(1024, 2048), [], [], 1), Price, Options);

        Assert.Equal((RightSizingVerdict.NoData, (RightSizingRecommendation?)null), (verdict, recommendation));
    }

    [Fact]
    public void Recommend_AlreadySmallestSize_NoRecommendation()
    {
        var (verdict, _) = RightSizingRecommender.Recommend(Usage(new(256, 512), Series(10, 1, 1), Series(10, 1, 1), 1), Price, Options);

        Assert.Equal(RightSizingVerdict.AlreadyRightSized, verdict);
    }

    [Fact]
    public void Recommend_SizeFargateDoesNotOffer_UnknownSize()
    {
        var (verdict, _) = RightSizingRecommender.Recommend(Usage(new(1024, 1024), Series(10, 1, 1), Series(10, 1, 1), 1), Price, Options);

        Assert.Equal(RightSizingVerdict.UnknownSize, verdict);
    }

    [Fact]
    public void Top_ThreeServices_LargestSavingFirstAndOnlyRecommendations()
    {
        var services = new[]
        {
            Usage(new(1024, 2048), Series(140, 2, 5), Series(140, 8, 10), 2) with { Service = "prod/idle" },
            Usage(new(2048, 8192), Series(336, 25, 30), Series(336, 38, 40), 1) with { Service = "prod/steady" },
            Usage(new(256, 512), Series(10, 1, 1), Series(10, 1, 1), 1) with { Service = "dev/tiny" },
        };

        var top = RightSizingRecommender.Top(services, _ => Price, Options, top: 5);

        Assert.Equal(["prod/steady", "prod/idle"], top.Select(r => r.Service));
    }

    [Fact]
    public void Recommend_AnyValidSizeAndPeaks_RecommendedIsValidCheaperAndHoldsThePeakUnderHeadroom()
    {
        var gen = Gen.Select(Gen.Int[0, FargateSizes.All.Count - 1], Gen.Double[0, 150], Gen.Double[0, 150], Gen.Int[1, 99]);

        gen.Sample((index, cpuPeak, memoryPeak, headroomPercent) =>
        {
            var current = FargateSizes.All[index];
            var options = new RightSizingOptions { Headroom = headroomPercent / 100m };
            var (verdict, recommendation) = RightSizingRecommender.Recommend(Usage(current, [cpuPeak], [memoryPeak], 1), Price, options);
            if (verdict != RightSizingVerdict.Recommend)
            {
                return verdict == RightSizingVerdict.AlreadyRightSized && recommendation is null;
            }

            var cpuUsed = (decimal)cpuPeak / 100m * current.CpuUnits;
            var memoryUsed = (decimal)memoryPeak / 100m * current.MemoryMib;
            var to = recommendation!.Recommended;
            return FargateSizes.IsValid(to)
                && to.CpuUnits * options.Headroom >= cpuUsed && to.MemoryMib * options.Headroom >= memoryUsed
                && Price.PerTaskHour(to.ToTaskSize(TaskSize.X86)) < Price.PerTaskHour(current.ToTaskSize(TaskSize.X86))
                && recommendation.MonthlySaving > 0m;
        }, iter: 5_000);
    }

    [Theory]
    [InlineData(null, 0.7)]
    [InlineData("0.5", 0.5)]
    [InlineData("80%", 0.8)]
    [InlineData(" 1 ", 1)]
    public void ParseHeadroom_ShareOrPercent_Parsed(string? value, double expected) =>
        Assert.Equal((decimal)expected, RightSizingOptions.ParseHeadroom(value, "RIGHTSIZING_HEADROOM"));

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-70%")]
    [InlineData("seventy")]
    public void ParseHeadroom_OutOfRangeOrText_ThrowsNamingVariableAndValue(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => RightSizingOptions.ParseHeadroom(value, "RIGHTSIZING_HEADROOM"));

        Assert.Contains($"RIGHTSIZING_HEADROOM = \"{value}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseHeadroom_AnyText_ShareInRangeOrArgumentException() =>
        Gen.String.Sample(text =>
        {
            try
            {
                var share = RightSizingOptions.ParseHeadroom(text, "H");
                return share is > 0m and <= 1m;
            }
            catch (ArgumentException)
            {
                return true;
            }
        }, iter: 5_000);

    private static ServiceUtilization Usage(FargateSize size, IReadOnlyList<double> cpu, IReadOnlyList<double> memory, int tasks) =>
        new("prod/api", size, TaskSize.X86, "eu-west-1", cpu, cpu, memory, memory, tasks);

    /// <summary><paramref name="count"/> hourly points alternating between <paramref name="low"/> and <paramref name="high"/> (ending on high).</summary>
    private static List<double> Series(int count, double low, double high) =>
        [.. Enumerable.Range(0, count).Select(i => (count - i) % 2 == 1 ? high : low)];
}
