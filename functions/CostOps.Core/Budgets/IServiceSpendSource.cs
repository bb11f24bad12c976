namespace CostOps.Core.Budgets;

/// <summary>Spend per AWS service from Cost Explorer. Each call costs $0.01 per page: callers make one per run.</summary>
public interface IServiceSpendSource
{
    /// <param name="monthStart">First day of the month (UTC).</param>
    /// <param name="endExclusive">Day after the last day to include (Cost Explorer end dates are exclusive).</param>
    /// <returns>Every service with spend in the range, in any order.</returns>
    Task<IReadOnlyList<ServiceSpend>> MonthToDateByServiceAsync(DateOnly monthStart, DateOnly endExclusive, CancellationToken cancellationToken);
}
