namespace CostOps.Core.Budgets;

/// <summary>
/// A spend source that answers the month-to-date request grouped by SERVICE and LINKED_ACCOUNT (with the account names).
/// It replaces <see cref="IServiceSpendSource.MonthToDateByServiceAsync"/>: the same one paid request, so an alert in an
/// organisation's management account can name the accounts and their spend at no extra cost.
/// </summary>
public interface IAccountSpendSource
{
    Task<MonthToDateSpend> MonthToDateByServiceAndAccountAsync(DateOnly monthStart, DateOnly endExclusive, CancellationToken cancellationToken);
}
