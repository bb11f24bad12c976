using System.Globalization;

namespace CostOps.Core.Insights;

/// <summary>
/// Finds services whose Auto Scaling maximum, at their task size and price, would cost more a month (730.5
/// hours) than the budget they fall under, and services with no Auto Scaling maximum at all.
/// </summary>
public static class RunawayGuard
{
    /// <summary>24 × 365.25 / 12.</summary>
    public const decimal HoursPerMonth = 730.5m;

    public static IReadOnlyList<RunawayFinding> Find(IEnumerable<ScalingLimit> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var findings = new List<RunawayFinding>();
        foreach (var limit in limits.OrderBy(l => l.Service, StringComparer.Ordinal))
        {
            if (limit.MaxCapacity is not { } max)
            {
                findings.Add(new(limit.Service, null, null, limit.BudgetName, limit.BudgetLimit,
                    $"{limit.Service}: no Auto Scaling maximum; nothing caps how many tasks it can run (register a scalable target with a max capacity)"));
                continue;
            }

            var perTaskHour = limit.Price.PerTaskHour(limit.Size.ToTaskSize(limit.Architecture));
            var monthly = max * perTaskHour * HoursPerMonth;
            if (limit.BudgetLimit is { } budget && monthly > budget)
            {
                findings.Add(new(limit.Service, max, monthly, limit.BudgetName, budget, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{limit.Service}: Auto Scaling max {max} tasks x {limit.Size} would cost {AnomalyLines.Usd(monthly)} a month, over budget '{limit.BudgetName}' ({AnomalyLines.Usd(budget)})")));
            }
        }

        return findings;
    }
}
