using CostOps.Aws.Http;
using CostOps.Aws.Json;

namespace CostOps.Aws.Budgets;

public sealed class BudgetsClient(IAwsTransport transport) : IBudgetsClient
{
    private static readonly AwsService BudgetsService = AwsServices.Budgets;
    private readonly IAwsTransport _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    public Task<DescribeBudgetsResponse> DescribeBudgetsAsync(DescribeBudgetsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckAccountId(request.AccountId, "DescribeBudgets");
        if (request.MaxResults is < 1 or > 100)
        {
            throw new ArgumentException($"Budgets DescribeBudgets MaxResults must be 1 to 100, got {request.MaxResults}.", nameof(request));
        }

        return _transport.InvokeJsonAsync(BudgetsService, "DescribeBudgets", request, AwsJsonContext.Default.DescribeBudgetsRequest, AwsJsonContext.Default.DescribeBudgetsResponse, cancellationToken);
    }

    public IAsyncEnumerable<DescribeBudgetsResponse> DescribeBudgetsAllAsync(DescribeBudgetsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AwsPagination.PaginateAsync($"{BudgetsService.ServiceId} DescribeBudgets", request.NextToken, (token, ct) => DescribeBudgetsAsync(request with { NextToken = token }, ct), page => page.NextToken, cancellationToken);
    }

    public Task<DescribeBudgetResponse> DescribeBudgetAsync(DescribeBudgetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckAccountId(request.AccountId, "DescribeBudget");
        return _transport.InvokeJsonAsync(BudgetsService, "DescribeBudget", request, AwsJsonContext.Default.DescribeBudgetRequest, AwsJsonContext.Default.DescribeBudgetResponse, cancellationToken);
    }

    private static void CheckAccountId(string accountId, string operation)
    {
        if (accountId is not { Length: 12 } || !accountId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"Budgets {operation} needs the 12-digit AWS account id, got '{accountId}'.", nameof(accountId));
        }
    }
}
