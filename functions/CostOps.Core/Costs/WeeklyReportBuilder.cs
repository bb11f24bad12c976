using System.Globalization;

namespace CostOps.Core.Costs;

/// <summary>Pure: computes a <see cref="WeeklyReport"/> from fetched inputs. Never throws for odd data.</summary>
public sealed class WeeklyReportBuilder(WeeklyReportOptions options, FargatePriceTable prices)
{
    /// <summary>A mover changed by at least this many dollars…</summary>
    public const decimal MoverMinimumChange = 1m;

    /// <summary>…and by at least this percentage of its previous week (any amount from nothing counts).</summary>
    public const decimal MoverMinimumPercent = 5m;

    /// <summary>The tag-split row that makes the split add up to the week's total.</summary>
    public const string TagRemainder = "(other)";

    public WeeklyReport Build(WeeklyReportInputs inputs)
    {
        var window = inputs.Window;
        var calculator = new SavingsCalculator(prices, options.SpotDiscount);
        var savings = calculator.Calculate(inputs.Activity, window.StartsAt, window.EndsAt);
        if (inputs.ActivityProblem is { } activityProblem)
        {
            savings = savings with { Notes = [activityProblem, .. savings.Notes] };
        }

        string[] sourceNotes = inputs.FleetProblem is { } fleetProblem ? [fleetProblem] : [];
        var activity = SchedulerActivitySummary.From(inputs.Activity, window.StartsAt, window.EndsAt, inputs.RunningOutsideSchedule);
        var report = new WeeklyReport
        {
            Window = window,
            Metric = inputs.Metric,
            TagKey = inputs.TagKey,
            GeneratedAt = inputs.GeneratedAt,
            Savings = savings,
            SpotFromBill = SpotBillCalculator.Calculate(inputs.FargateUsage, window, prices),
            Activity = activity,
            Forecast = inputs.Forecast,
            ForecastProblem = inputs.ForecastProblem ?? (inputs.Forecast is { Amount: null } ? "Cost Explorer returned no forecast amount." : null),
            Budgets = inputs.Budgets.Select(BudgetStatus.From).ToList(),
            BudgetProblem = inputs.BudgetProblem,
            CostExplorerRequests = inputs.CostExplorerRequests,
            Notes = sourceNotes,
            Insights = Insights.ReportInsightsBuilder.Build(inputs, options, prices),
        };

        if (inputs.ByService is null)
        {
            return report with
            {
                CostExplorerProblem = inputs.CostExplorerProblem ?? "Cost Explorer returned no data.",
                Accounts = AccountBreakdownBuilder.Build(inputs, null, calculator),
            };
        }

        var notes = new List<string>(sourceNotes);
        var byService = SpendAnalysis.From(inputs.ByService, window);
        var top = byService.Groups.Take(options.TopServices).ToList();
        var rest = byService.Groups.Skip(options.TopServices).ToList();
        var movers = byService.Groups.Where(IsMover)
            .OrderByDescending(g => Math.Abs(g.Change))
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .Take(options.TopMovers)
            .ToList();

        IReadOnlyList<GroupSpend> tagSplit = [];
        var tagProblem = inputs.TagProblem;
        if (inputs.ByTag is not null)
        {
            var byTag = SpendAnalysis.From(inputs.ByTag, window, inputs.TagKey);
            tagSplit = WithRemainder(byTag.Groups, byService.Totals);
            if (byTag.MissingAmounts > 0)
            {
                notes.Add(Invariant($"{byTag.MissingAmounts} cost row(s) by tag {inputs.TagKey} had no amount and were left out."));
            }
        }

        var estimated = byService.Daily.Where(d => d.Estimated).ToList();
        if (estimated.Count > 0)
        {
            notes.Add(Invariant($"Estimated by Cost Explorer (may still change): {string.Join(", ", estimated.Select(d => d.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture)))}."));
        }

        if (byService.MissingAmounts > 0)
        {
            notes.Add(Invariant($"{byService.MissingAmounts} cost row(s) by service had no amount and were left out."));
        }

        foreach (var other in byService.OtherCurrencies)
        {
            notes.Add(Invariant($"Also {other.Amount:0.00} {other.Currency} this week, not included in USD totals."));
        }

        if (byService.Daily.All(d => !d.HasData))
        {
            notes.Add("Cost Explorer returned no cost data for these 14 days.");
        }

        return report with
        {
            Totals = byService.Totals,
            MonthEnd = MonthEndForecast.From(inputs.Forecast, inputs.ByService, window),
            Daily = byService.Daily,
            TopServices = top,
            OtherServices = rest.Count == 0 ? null : new GroupSpend($"{rest.Count} other services", rest.Sum(g => g.ThisWeek), rest.Sum(g => g.PreviousWeek)),
            Movers = movers,
            TagSplit = tagSplit,
            TagProblem = tagProblem,
            OtherCurrencies = byService.OtherCurrencies,
            Notes = notes,
            Accounts = AccountBreakdownBuilder.Build(inputs, byService.Totals, calculator),
        };
    }

    private static bool IsMover(GroupSpend g) =>
        Math.Abs(g.Change) >= MoverMinimumChange && (g.PreviousWeek == 0m || Math.Abs(g.Change) * 100m >= MoverMinimumPercent * Math.Abs(g.PreviousWeek));

    /// <summary>Adds <see cref="TagRemainder"/> for what Cost Explorer did not attribute to any tag value, so the rows sum to the total.</summary>
    private static List<GroupSpend> WithRemainder(IReadOnlyList<GroupSpend> groups, SpendTotals totals)
    {
        var rest = new GroupSpend(TagRemainder, totals.ThisWeek - groups.Sum(g => g.ThisWeek), totals.PreviousWeek - groups.Sum(g => g.PreviousWeek));
        // Tag rows that exceed the total (rows missing from the spend by service) get no negative row.
        return rest.ThisWeek >= 0.005m || rest.PreviousWeek >= 0.005m ? [.. groups, rest] : [.. groups];
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
