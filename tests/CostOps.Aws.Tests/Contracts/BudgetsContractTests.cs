using System.Text.Json;
using CostOps.Aws.Budgets;
using CostOps.Aws.Http;
using CostOps.Aws.Json;
using CostOps.Aws.Tests.Fakes;

namespace CostOps.Aws.Tests.Contracts;

public sealed class BudgetsContractTests
{
    private readonly ServiceModel _model = BotocoreModels.Load("Budgets");

    [Fact]
    public async Task DescribeBudgets_Request_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new BudgetsClient(transport).DescribeBudgetsAsync(new() { AccountId = "123456789012", MaxResults = 100, NextToken = "t" }, default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.Budgets, "DescribeBudgets", Assert.Single(transport.JsonCalls));
    }

    [Fact]
    public async Task DescribeBudget_Request_ValidatesAgainstInputShape()
    {
        var transport = new RecordingAwsTransport();

        await new BudgetsClient(transport).DescribeBudgetAsync(new() { AccountId = "123456789012", BudgetName = "ecs-fargate-monthly" }, default);

        ContractAssert.JsonRequestMatchesModel(_model, AwsServices.Budgets, "DescribeBudget", Assert.Single(transport.JsonCalls));
    }

    [Theory]
    [InlineData("DescribeBudgets")]
    [InlineData("DescribeBudget")]
    public void ResponseFixture_ValidatesAgainstOutputShape(string operation) =>
        ContractAssert.OutputMatchesModel(_model, operation, ContractAssert.Fixture($"Budgets/{operation}.json"));

    [Fact]
    public void DescribeBudgetsFixture_Deserializes_LimitSpendPeriodAndToken()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("Budgets/DescribeBudgets.json"), AwsJsonContext.Default.DescribeBudgetsResponse)!;

        var budget = Assert.Single(response.Budgets!);
        Assert.Equal(("Example Budget", "COST", "MONTHLY"), (budget.BudgetName, budget.BudgetType, budget.TimeUnit));
        Assert.Equal(new Spend { Amount = "100.0", Unit = "USD" }, budget.BudgetLimit);
        Assert.Equal("12.26", budget.CalculatedSpend!.ActualSpend.Amount);
        Assert.Equal("87.14", budget.CalculatedSpend.ForecastedSpend!.Amount);
        Assert.Equal(["us-east-1"], budget.CostFilters!["AZ"]);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), budget.TimePeriod!.Start);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 6, 12, 30, TimeSpan.Zero), budget.LastUpdatedTime);
        Assert.Equal("NEXT-BUDGETS-PAGE", response.NextToken);
    }

    [Fact]
    public void DescribeBudgetFixture_Deserializes_ActualSpendWithoutForecast()
    {
        var response = JsonSerializer.Deserialize(ContractAssert.Fixture("Budgets/DescribeBudget.json"), AwsJsonContext.Default.DescribeBudgetResponse)!;

        Assert.Equal("187.532", response.Budget!.CalculatedSpend!.ActualSpend.Amount);
        Assert.Null(response.Budget.CalculatedSpend.ForecastedSpend);
        Assert.Equal("250.0", response.Budget.BudgetLimit!.Amount);
    }
}
