using System.Net;
using CostOps.Aws.Budgets;
using CostOps.Aws.Http;
using CostOps.Aws.Tests.Contracts;
using CostOps.Aws.Tests.Fakes;
using CostOps.Aws.Tests.Http;

namespace CostOps.Aws.Tests.Operations;

/// <summary>Budgets is global: budgets.amazonaws.com, signed for us-east-1 from any region.</summary>
public sealed class BudgetsClientHttpTests
{
    private const string Host = "budgets.amazonaws.com";
    private const string TargetPrefix = "AWSBudgetServiceGateway.";
    private const string Account = "123456789012";

    private readonly TransportFixture _fixture = new();

    private BudgetsClient Client => new(_fixture.Transport);

    [Fact]
    public async Task DescribeBudgetsAllAsync_TwoHttpPages_SendsAccountAndTokenAndParsesSpend()
    {
        _fixture.Handler
            .Respond(HttpStatusCode.OK, ContractAssert.Fixture("Budgets/DescribeBudgets.json"))
            .Respond(HttpStatusCode.OK, """{"Budgets":[{"BudgetName":"fargate","BudgetType":"COST","TimeUnit":"MONTHLY","BudgetLimit":{"Amount":"50","Unit":"USD"}}]}""");

        var pages = await Client.DescribeBudgetsAllAsync(new() { AccountId = Account, MaxResults = 100 }, default).ToListAsync();

        var budgets = pages.SelectMany(p => p.Budgets!).ToList();
        Assert.Equal(["Example Budget", "fargate"], budgets.Select(b => b.BudgetName));
        Assert.Equal(("12.26", "87.14"), (budgets[0].CalculatedSpend!.ActualSpend.Amount, budgets[0].CalculatedSpend!.ForecastedSpend!.Amount));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1710396750), budgets[0].LastUpdatedTime);
        Assert.Equal(2, _fixture.Handler.Requests.Count);
        HttpCallAssert.Json11(_fixture.Handler.Requests[0], Host, TargetPrefix + "DescribeBudgets", "us-east-1", "budgets", """{"AccountId":"123456789012","MaxResults":100}""");
        HttpCallAssert.Json11(_fixture.Handler.Requests[1], Host, TargetPrefix + "DescribeBudgets", "us-east-1", "budgets", """{"AccountId":"123456789012","MaxResults":100,"NextToken":"NEXT-BUDGETS-PAGE"}""");
    }

    [Fact]
    public async Task DescribeBudgetAsync_ByName_SendsNameAndParsesLimitAndPeriod()
    {
        _fixture.Handler.Respond(HttpStatusCode.OK, ContractAssert.Fixture("Budgets/DescribeBudget.json"));

        var response = await Client.DescribeBudgetAsync(new() { AccountId = Account, BudgetName = "ecs-fargate-monthly" }, default);

        HttpCallAssert.Json11(Assert.Single(_fixture.Handler.Requests), Host, TargetPrefix + "DescribeBudget", "us-east-1", "budgets", """{"AccountId":"123456789012","BudgetName":"ecs-fargate-monthly"}""");
        var budget = response.Budget!;
        Assert.Equal(("ecs-fargate-monthly", "250.0", "187.532", "MONTHLY"), (budget.BudgetName, budget.BudgetLimit!.Amount, budget.CalculatedSpend!.ActualSpend.Amount, budget.TimeUnit));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), budget.TimePeriod!.Start);
        Assert.Equal(["Amazon Elastic Container Service"], budget.CostFilters!["Service"]);
    }

    [Fact]
    public async Task DescribeBudgetAsync_UnknownBudget_ThrowsAwsServiceExceptionWithCode()
    {
        _fixture.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"NotFoundException","Message":"Unable to get budget: nope - the budget doesn't exist."}""", ("x-amzn-RequestId", "b-1"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client.DescribeBudgetAsync(new() { AccountId = Account, BudgetName = "nope" }, default));

        Assert.Equal(("Budgets", "DescribeBudget", "NotFoundException", "b-1"), (error.ServiceId, error.Operation, error.ErrorCode, error.RequestId));
        Assert.Single(_fixture.Handler.Requests);
    }
}
