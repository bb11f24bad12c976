using CostOps.Core.Costs;

namespace CostOps.Aws.Adapters;

/// <summary>Sums Cost Explorer group amounts per day, group and currency; a group whose every row has no amount stays without one.</summary>
internal sealed class DailySums
{
    private readonly Dictionary<(DateOnly Day, string Group, string Currency), (decimal? Amount, bool Estimated)> _sums = [];

    public void Add(DateOnly day, string group, decimal? amount, string currency, bool estimated)
    {
        var key = (day, group, currency);
        var sum = _sums.GetValueOrDefault(key);
        _sums[key] = (amount is null ? sum.Amount : (sum.Amount ?? 0m) + amount, sum.Estimated || estimated);
    }

    public List<DailyCost> ToList() => [.. _sums.Select(e => new DailyCost(e.Key.Day, e.Key.Group, e.Value.Amount, e.Key.Currency, e.Value.Estimated))];
}
