namespace CostOps.Core.Costs;

/// <summary>
/// The spend expected for the whole month: what was spent from the 1st to the day before the forecast starts, plus
/// Cost Explorer's forecast from that day to the month's end. Known only when the spend by service covers the month so
/// far, which the fetcher arranges when the report runs by the day after its week.
/// </summary>
public sealed record MonthEndForecast(DateOnly MonthStart, DateOnly MonthEnd, decimal MonthToDate, decimal RestOfMonth, string Currency)
{
    public decimal Amount => MonthToDate + RestOfMonth;

    /// <summary>Whether a report fetched on <paramref name="today"/> (UTC) has the spend up to the day before it.</summary>
    public static bool Covers(ReportWindow window, DateOnly today) => today <= window.CostEnd;

    /// <summary>Null when the rows do not cover the month so far or the forecast has no USD amount.</summary>
    public static MonthEndForecast? From(CostForecast? forecast, IReadOnlyList<DailyCost> byService, ReportWindow window)
    {
        if (forecast is not { Amount: { } rest } || !SpendAnalysis.IsUsd(forecast.Currency) || !Covers(window, forecast.Start))
        {
            return null;
        }

        var monthStart = new DateOnly(forecast.Start.Year, forecast.Start.Month, 1);
        var monthToDate = byService
            .Where(r => r.Day >= monthStart && r.Day < forecast.Start && r.Amount is not null && SpendAnalysis.IsUsd(r.Currency))
            .Sum(r => r.Amount!.Value);
        return new MonthEndForecast(monthStart, monthStart.AddMonths(1), monthToDate, rest, SpendAnalysis.Usd);
    }
}
