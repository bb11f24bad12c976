using CostOps.Aws.Budgets;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Fakes;
using Moq;

namespace CostOps.Aws.Tests.Clients;

public sealed class BudgetsClientTests
{
    private const string Account = "123456789012";
    private readonly Mock<IAwsTransport> _transport = new(MockBehavior.Strict);

    [Fact]
    public async Task DescribeBudgetsAllAsync_ThreePages_SendsEachTokenAndAccount()
    {
        var requests = _transport.SetupJson<DescribeBudgetsRequest, DescribeBudgetsResponse>(AwsServices.Budgets, "DescribeBudgets", r => new()
        {
            Budgets = [new() { BudgetName = r.NextToken ?? "b1", TimeUnit = "MONTHLY", BudgetType = "COST" }],
            NextToken = r.NextToken switch { null => "b2", "b2" => "b3", _ => null },
        });

        var pages = await new BudgetsClient(_transport.Object).DescribeBudgetsAllAsync(new() { AccountId = Account, MaxResults = 100 }, default).ToListAsync();

        Assert.Equal(["b1", "b2", "b3"], pages.Select(p => Assert.Single(p.Budgets!).BudgetName));
        Assert.Equal([null, "b2", "b3"], requests.Select(r => r.NextToken));
        Assert.All(requests, r => Assert.Equal((Account, 100), (r.AccountId, r.MaxResults)));
    }

    [Fact]
    public async Task DescribeBudgetAsync_SendsAccountAndName()
    {
        var requests = _transport.SetupJson<DescribeBudgetRequest, DescribeBudgetResponse>(AwsServices.Budgets, "DescribeBudget", r => new() { Budget = new() { BudgetName = r.BudgetName, TimeUnit = "MONTHLY", BudgetType = "COST" } });

        var response = await new BudgetsClient(_transport.Object).DescribeBudgetAsync(new() { AccountId = Account, BudgetName = "ecs" }, default);

        Assert.Equal((Account, "ecs"), (Assert.Single(requests).AccountId, requests[0].BudgetName));
        Assert.Equal("ecs", response.Budget!.BudgetName);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("12345678901a")]
    [InlineData("")]
    public async Task DescribeBudgetsAsync_BadAccountId_ThrowsNamingIt(string accountId)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => new BudgetsClient(_transport.Object).DescribeBudgetsAsync(new() { AccountId = accountId }, default));

        Assert.Contains($"12-digit AWS account id, got '{accountId}'", error.Message, StringComparison.Ordinal);
        _transport.VerifyNoOtherCalls();
    }
}
