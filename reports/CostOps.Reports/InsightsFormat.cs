using System.Globalization;
using CostOps.Core.Insights;

namespace CostOps.Reports;

/// <summary>Wording shared by the text and HTML insight sections.</summary>
internal static class InsightsFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string RightSizingHeading(ReportInsights i) =>
        string.Create(Inv, $"Right-sizing (peak at most {i.Headroom * 100m:0}% of the new size)");

    public static string Resize(RightSizingRecommendation r) => $"{r.Current} -> {r.Recommended}";

    public static string Observed(RightSizingRecommendation r) => string.Create(
        Inv,
        $"CPU avg {r.CpuAveragePercent:0}% max {r.CpuMaxPercent:0}%, memory avg {r.MemoryAveragePercent:0}% max {r.MemoryMaxPercent:0}%, runs {r.RunningHoursPerMonth:0} h a month");

    public static string PerMonth(decimal amount) => ReportFormat.Usd(amount) + "/mo";

    /// <summary>Why no recommendation is listed, or null when some are.</summary>
    public static string? NoRightSizing(ReportInsights i) => i.RightSizing.Count > 0
        ? null
        : i.ServicesMeasured == 0
            ? "No managed service to measure."
            : string.Create(Inv, $"No service can run on a cheaper Fargate size with its peak under {i.Headroom * 100m:0}% ({i.ServicesMeasured} measured).");

    public static string? WithoutData(ReportInsights i) => i.ServicesWithoutData == 0
        ? null
        : string.Create(Inv, $"{i.ServicesWithoutData} of {i.ServicesMeasured} services had no utilization data in 14 days (stopped throughout): no recommendation for them.");

    public const string RightSizingMethod =
        "Method: hourly CloudWatch CPUUtilization and MemoryUtilization (AWS/ECS, by cluster and service) over the 14 days to the week's end; the peak, converted to CPU units and MiB, must stay under the headroom of the new size; saving at on-demand Fargate prices for the hours the service ran, times its task count.";

    public const string RunawayMethod =
        "Auto Scaling maximum x task price x 730.5 hours, against the tightest monthly USD budget.";

    public const string NoRunaway = "Every managed service has an Auto Scaling maximum that fits its budget.";

    public const string NoLongOverride = "No keep-running override without an end or ending more than a week out.";

    public static string CloudWatchCost(ReportInsights i) => string.Create(
        Inv,
        $"CloudWatch: {i.CloudWatchMetrics:#,0} metric{(i.CloudWatchMetrics == 1 ? string.Empty : "s")} requested (${i.CloudWatchCost:0.00###} at $0.01 per 1,000).");
}
