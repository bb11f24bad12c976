using CostOps.Core.Costs;

namespace CostOps.Core.Insights;

/// <summary>
/// Recommends the cheapest valid Fargate size that keeps the observed maximum CPU and memory (converted from
/// percent of the current size to CPU units and MiB) at or under the headroom share of the new size. A size
/// below what the maximum needs is never recommended; a service without data, or already at the cheapest size
/// that fits, gets none. The saving is priced at the hours the service really ran (one hourly point per hour).
/// </summary>
public static class RightSizingRecommender
{
    /// <summary>365.25 / 12: days in an average month.</summary>
    public const decimal DaysPerMonth = 30.4375m;

    public static (RightSizingVerdict Verdict, RightSizingRecommendation? Recommendation) Recommend(ServiceUtilization usage, FargatePrice price, RightSizingOptions options)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(price);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Headroom is <= 0m or > 1m || options.WindowDays < 1)
        {
            throw new ArgumentException($"Right-sizing headroom must be above 0 and at most 1 (got {options.Headroom}) over a window of at least 1 day (got {options.WindowDays}).", nameof(options));
        }

        if (!FargateSizes.IsValid(usage.Current))
        {
            return (RightSizingVerdict.UnknownSize, null);
        }

        var cpuMax = Max(usage.CpuMaxPercent);
        var memoryMax = Max(usage.MemoryMaxPercent);
        if (cpuMax is null || memoryMax is null)
        {
            return (RightSizingVerdict.NoData, null);
        }

        var neededCpuUnits = cpuMax.Value / 100m * usage.Current.CpuUnits / options.Headroom;
        var neededMemoryMib = memoryMax.Value / 100m * usage.Current.MemoryMib / options.Headroom;
        var task = (FargateSize size) => price.PerTaskHour(size.ToTaskSize(usage.Architecture));
        var best = FargateSizes.All
            .Where(s => s.CpuUnits >= neededCpuUnits && s.MemoryMib >= neededMemoryMib)
            .OrderBy(task).ThenBy(s => s.CpuUnits).ThenBy(s => s.MemoryMib)
            .FirstOrDefault();
        var perHourSaved = best is null ? 0m : task(usage.Current) - task(best);
        if (best is null || perHourSaved <= 0m)
        {
            return (RightSizingVerdict.AlreadyRightSized, null);
        }

        var runningHoursPerMonth = Math.Max(usage.CpuMaxPercent.Count, usage.MemoryMaxPercent.Count) * DaysPerMonth / options.WindowDays;
        var saving = perHourSaved * runningHoursPerMonth * Math.Max(1, usage.RunningTasks);
        return (RightSizingVerdict.Recommend, new RightSizingRecommendation(
            usage.Service,
            usage.Current,
            best,
            Average(usage.CpuAveragePercent) ?? cpuMax.Value,
            cpuMax.Value,
            Average(usage.MemoryAveragePercent) ?? memoryMax.Value,
            memoryMax.Value,
            runningHoursPerMonth,
            saving));
    }

    /// <summary>The recommendations only, largest saving first, at most <paramref name="top"/>.</summary>
    public static IReadOnlyList<RightSizingRecommendation> Top(IEnumerable<ServiceUtilization> services, Func<ServiceUtilization, FargatePrice> price, RightSizingOptions options, int top) =>
        [.. services
            .Select(s => Recommend(s, price(s), options).Recommendation)
            .OfType<RightSizingRecommendation>()
            .OrderByDescending(r => r.MonthlySaving).ThenBy(r => r.Service, StringComparer.Ordinal)
            .Take(top)];

    private static decimal? Max(IReadOnlyList<double> values)
    {
        var usable = values.Where(double.IsFinite).ToList();
        return usable.Count == 0 ? null : (decimal)Math.Max(0d, Math.Min(usable.Max(), 1_000d));
    }

    private static decimal? Average(IReadOnlyList<double> values)
    {
        var usable = values.Where(double.IsFinite).ToList();
        return usable.Count == 0 ? null : (decimal)Math.Max(0d, Math.Min(usable.Average(), 1_000d));
    }
}
