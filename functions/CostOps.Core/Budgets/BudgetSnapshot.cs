namespace CostOps.Core.Budgets;

/// <summary>One AWS budget as last calculated by AWS Budgets (amounts in <paramref name="Currency"/>).</summary>
/// <param name="PeriodStart">First day of the current budget period.</param>
/// <param name="PeriodEnd">Last day of the current budget period (inclusive).</param>
/// <param name="Forecast">AWS's forecasted spend for the period, if it has one.</param>
public sealed record BudgetSnapshot(
    string Name,
    string TimeUnit,
    decimal Limit,
    string Currency,
    decimal Actual,
    decimal? Forecast,
    DateOnly PeriodStart,
    DateOnly PeriodEnd)
{
    /// <summary>
    /// The account that owns the budget when it is not the function's own account (a member account's budget); null for the
    /// function's own account, whose ledger keys keep their format.
    /// </summary>
    public string? AccountId { get; init; }

    /// <summary>The linked accounts the budget is filtered to (its <c>LinkedAccount</c> cost filter); empty when it covers its whole account or organisation.</summary>
    public IReadOnlyList<string> LinkedAccounts { get; init; } = [];
}
