using CostOps.Core.Budgets;
using CostOps.Core.Costs;

namespace CostOps.Core.Insights;

/// <summary>Pure: the report's insight sections from fetched inputs. Never throws for odd data.</summary>
public static class ReportInsightsBuilder
{
    public static ReportInsights? Build(WeeklyReportInputs inputs, WeeklyReportOptions options, FargatePriceTable prices)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!inputs.InsightsRead)
        {
            return null;
        }

        var insights = new ReportInsights
        {
            Anomalies = inputs.Anomalies,
            AnomalyProblem = inputs.Anomalies is null ? inputs.AnomalyProblem ?? "Cost anomalies were not read." : null,
            Headroom = options.RightSizingHeadroom,
            UtilizationProblem = inputs.UtilizationProblem,
            LongOverrides = LongOverrides.Find(OverrideSightings.From(inputs.RunningOutsideSchedule, inputs.Activity), inputs.GeneratedAt),
            CloudWatchMetrics = inputs.CloudWatchMetrics,
        };
        if (inputs.Utilization is not { } fleet)
        {
            return insights with { UtilizationProblem = inputs.UtilizationProblem ?? "Service utilization was not read." };
        }

        var sizing = new RightSizingOptions { Headroom = options.RightSizingHeadroom };
        FargatePrice Price(string region, string architecture) => prices.Lookup(region, architecture, out _);
        var verdicts = fleet.Services.Select(s => RightSizingRecommender.Recommend(s, Price(s.Region, s.Architecture), sizing)).ToList();
        var budget = TightestMonthlyUsdBudget(inputs.Budgets);
        var limits = fleet.Ceilings.Select(c => new ScalingLimit(c.Service, c.MaxCapacity, c.Size, c.Architecture, Price(c.Region, c.Architecture), budget?.Name, budget?.Limit));
        return insights with
        {
            RightSizing = [.. verdicts.Select(v => v.Recommendation).OfType<RightSizingRecommendation>()
                .OrderByDescending(r => r.MonthlySaving).ThenBy(r => r.Service, StringComparer.Ordinal).Take(options.RightSizingTop)],
            ServicesMeasured = fleet.Services.Count,
            ServicesWithoutData = verdicts.Count(v => v.Verdict == RightSizingVerdict.NoData),
            Runaway = RunawayGuard.Find(limits),
        };
    }

    /// <summary>The budget a service falls under: the tightest monthly USD cost budget (CostOps does not read budget filters).</summary>
    internal static BudgetSnapshot? TightestMonthlyUsdBudget(IEnumerable<BudgetSnapshot> budgets) =>
        budgets
            .Where(b => string.Equals(b.TimeUnit, "MONTHLY", StringComparison.OrdinalIgnoreCase) && BudgetText.IsUsd(b.Currency) && b.Limit > 0m)
            .OrderBy(b => b.Limit).ThenBy(b => b.Name, StringComparer.Ordinal)
            .FirstOrDefault();
}
