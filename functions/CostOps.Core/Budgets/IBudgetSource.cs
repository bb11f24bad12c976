namespace CostOps.Core.Budgets;

/// <summary>Reads the account's budgets (every page).</summary>
public interface IBudgetSource
{
    Task<IReadOnlyList<BudgetSnapshot>> ListAsync(CancellationToken cancellationToken);
}
