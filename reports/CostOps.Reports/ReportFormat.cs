using System.Globalization;
using CostOps.Core.Costs;

namespace CostOps.Reports;

/// <summary>Rounds and formats figures for people. Money is rounded to cents here and nowhere else.</summary>
internal static class ReportFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Usd(decimal amount) =>
        amount < 0m ? "-$" + Math.Abs(amount).ToString("N2", Inv) : "$" + amount.ToString("N2", Inv);

    public static string SignedUsd(decimal amount) => amount > 0m ? "+" + Usd(amount) : Usd(amount);

    /// <summary>USD as "$1.00"; any other currency with its code, e.g. "1.00 EUR".</summary>
    public static string Money(decimal amount, string currency) =>
        SpendAnalysis.IsUsd(currency) ? Usd(amount) : amount.ToString("N2", Inv) + " " + currency.Trim().ToUpperInvariant();

    public static string Percent(decimal? percent) => percent is { } p ? p.ToString("0", Inv) + "%" : "n/a";

    public static string ChangePercent(SpendTotals totals) => totals.ChangePercent switch
    {
        { } p when Math.Round(p, 1) > 0m => "+" + p.ToString("0.0", Inv) + "%",
        { } p => p.ToString("0.0", Inv) + "%",
        null when totals.ThisWeek == 0m => "no change",
        null => "new spend",
    };

    public static string Hours(decimal hours) => hours.ToString("#,0.#", Inv);

    public static string Day(DateOnly day) => day.ToString("ddd d MMM", Inv);

    public static string WeekRange(ReportWindow window) =>
        string.Create(Inv, $"{window.WeekStart.ToDateOnly():ddd d MMM} - {window.WeekEnd.ToDateOnly():ddd d MMM yyyy}");

    public static string Forecast(CostForecast f) =>
        string.Create(Inv, $"{f.Start:d MMM} to {f.End.AddDays(-1):d MMM}");

    /// <summary>"month-end forecast for November 2026".</summary>
    public static string MonthEndLabel(MonthEndForecast m) => string.Create(Inv, $"Month-end forecast, {m.MonthStart:MMMM yyyy}");

    /// <summary>"spent $13.28 (1-22 Nov) + forecast $9.84 (23-30 Nov)".</summary>
    public static string MonthEndParts(MonthEndForecast m, CostForecast rest) =>
        string.Create(Inv, $"spent {Usd(m.MonthToDate)} ({MonthDays(m.MonthStart, rest.Start)}) + forecast {Usd(m.RestOfMonth)} ({MonthDays(rest.Start, rest.End)})");

    public static string OverBudget(BudgetStatus b) =>
        string.Create(Inv, $"OVER BUDGET: {b.Name} is forecast at {Money(b.Forecast ?? 0m, b.Currency)}, {Percent(b.ForecastPercent)} of its {Money(b.Limit, b.Currency)} limit.");

    /// <summary>The savings headline: Spot appears only once the Spot manager has recorded savings.</summary>
    public static string SavedBy(SavingsSummary s) => s.SpotAmount is > 0m ? "scheduler + Spot" : "scheduler";

    public static string MoverFloor =>
        string.Create(Inv, $"Changes of at least {Usd(WeeklyReportBuilder.MoverMinimumChange)} and {WeeklyReportBuilder.MoverMinimumPercent:0}% of the previous week.");

    public static string TagRemainderNote(string tagKey) =>
        $"{WeeklyReportBuilder.TagRemainder}: spend Cost Explorer did not attribute to a value of {tagKey}; the rows add up to the week's total.";

    private static string MonthDays(DateOnly start, DateOnly endExclusive) => endExclusive <= start
        ? "none"
        : string.Create(Inv, $"{start.Day}-{endExclusive.AddDays(-1):d MMM}");

    public static string Requests(WeeklyReport report) =>
        string.Create(Inv, $"Cost Explorer: {report.CostExplorerRequests} paid request{(report.CostExplorerRequests == 1 ? string.Empty : "s")} for this report ({Usd(report.CostExplorerCost)} at $0.01 each).");

    public static string Generated(WeeklyReport report) =>
        string.Create(Inv, $"Generated {report.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC by CostOps.");
}
