namespace CostOps.Core.Budgets;

/// <summary>The month's biggest spenders for the alert, or why they are missing.</summary>
/// <param name="Top">Highest spend first; at most the configured count.</param>
/// <param name="Unavailable">Set when Cost Explorer could not be read; the alert says so instead of failing.</param>
internal sealed record TopServices(IReadOnlyList<ServiceSpend> Top, DateOnly From, DateOnly ToInclusive, string? Unavailable)
{
    /// <summary>Month-to-date spend per linked account, highest first; empty when not read (one account sees only itself).</summary>
    public IReadOnlyList<AccountSpend> Accounts { get; init; } = [];

    public static TopServices Pick(IReadOnlyList<ServiceSpend> all, int count, DateOnly from, DateOnly toInclusive)
    {
        var top = all
            .Where(s => s is not null)
            .GroupBy(s => (s.Service, s.Currency))
            .Select(g => new ServiceSpend(g.Key.Service, g.Sum(s => s.Amount), g.Key.Currency))
            .Where(s => s.Amount > 0)
            .OrderByDescending(s => s.Amount)
            .ThenBy(s => s.Service, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        return new TopServices(top, from, toInclusive, null);
    }
}
