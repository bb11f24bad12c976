namespace CostOps.Core.Budgets;

/// <summary>The month's biggest spenders for the alert, or why they are missing.</summary>
/// <param name="Top">Highest spend first; at most the configured count.</param>
/// <param name="Unavailable">Set when Cost Explorer could not be read; the alert says so instead of failing.</param>
internal sealed record TopServices(IReadOnlyList<ServiceSpend> Top, DateOnly From, DateOnly ToInclusive, string? Unavailable)
{
    public static TopServices Pick(IReadOnlyList<ServiceSpend> all, int count, DateOnly from, DateOnly toInclusive)
    {
        var top = all
            .Where(s => s is not null && s.Amount > 0)
            .OrderByDescending(s => s.Amount)
            .ThenBy(s => s.Service, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        return new TopServices(top, from, toInclusive, null);
    }
}
