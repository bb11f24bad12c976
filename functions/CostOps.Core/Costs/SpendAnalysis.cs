namespace CostOps.Core.Costs;

/// <summary>
/// Pure: USD totals, the daily series and per-group spend from Cost Explorer rows. Rows in another
/// currency are summed per currency and kept out of USD figures; rows without an amount are counted.
/// </summary>
public sealed record SpendAnalysis(
    SpendTotals Totals,
    IReadOnlyList<DaySpend> Daily,
    IReadOnlyList<GroupSpend> Groups,
    IReadOnlyList<CurrencyAmount> OtherCurrencies,
    int MissingAmounts)
{
    public const string Usd = "USD";
    public const string Untagged = "(untagged)";

    /// <param name="tagKey">When set, groups are tag values: a "Key$" prefix is removed and "" becomes "(untagged)".</param>
    public static SpendAnalysis From(IReadOnlyList<DailyCost> rows, ReportWindow window, string? tagKey = null)
    {
        var inWindow = rows.Where(r => r.Day >= window.CostStart && r.Day < window.CostEnd).ToList();
        var usd = inWindow.Where(r => r.Amount is not null && IsUsd(r.Currency)).ToList();

        var daily = window.AllDays.Select(day =>
        {
            var dayRows = inWindow.Where(r => r.Day == day).ToList();
            return new DaySpend(
                day,
                usd.Where(r => r.Day == day).Sum(r => r.Amount!.Value),
                dayRows.Count > 0,
                dayRows.Any(r => r.Estimated),
                window.IsInWeek(day));
        }).ToList();

        var groups = usd.GroupBy(r => GroupName(r.Group, tagKey), StringComparer.Ordinal)
            .Select(g => new GroupSpend(
                g.Key,
                g.Where(r => window.IsInWeek(r.Day)).Sum(r => r.Amount!.Value),
                g.Where(r => window.IsInPreviousWeek(r.Day)).Sum(r => r.Amount!.Value)))
            .OrderByDescending(g => g.ThisWeek)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();

        var other = inWindow.Where(r => r.Amount is not null && !IsUsd(r.Currency) && window.IsInWeek(r.Day))
            .GroupBy(r => r.Currency.Trim().ToUpperInvariant(), StringComparer.Ordinal)
            .Select(g => new CurrencyAmount(g.Key.Length == 0 ? "(no currency)" : g.Key, g.Sum(r => r.Amount!.Value)))
            .OrderBy(c => c.Currency, StringComparer.Ordinal)
            .ToList();

        var totals = new SpendTotals(
            usd.Where(r => window.IsInWeek(r.Day)).Sum(r => r.Amount!.Value),
            usd.Where(r => window.IsInPreviousWeek(r.Day)).Sum(r => r.Amount!.Value));

        return new SpendAnalysis(totals, daily, groups, other, inWindow.Count(r => r.Amount is null));
    }

    public static bool IsUsd(string? currency) => string.Equals(currency?.Trim(), Usd, StringComparison.OrdinalIgnoreCase);

    private static string GroupName(string group, string? tagKey)
    {
        var name = group ?? string.Empty;
        if (tagKey is null)
        {
            return name.Length == 0 ? "(unnamed)" : name;
        }

        var prefix = tagKey + "$";
        if (name.StartsWith(prefix, StringComparison.Ordinal))
        {
            name = name[prefix.Length..];
        }

        return name.Length == 0 ? Untagged : name;
    }
}
