namespace CostOps.Aws.Budgets;

/// <summary>AWS Budgets (global endpoint, signed for us-east-1).</summary>
public interface IBudgetsClient
{
    Task<DescribeBudgetsResponse> DescribeBudgetsAsync(DescribeBudgetsRequest request, CancellationToken cancellationToken);

    /// <summary>Follows every page and yields each response.</summary>
    IAsyncEnumerable<DescribeBudgetsResponse> DescribeBudgetsAllAsync(DescribeBudgetsRequest request, CancellationToken cancellationToken);

    Task<DescribeBudgetResponse> DescribeBudgetAsync(DescribeBudgetRequest request, CancellationToken cancellationToken);
}
