using CostOps.Aws.Budgets;
using CostOps.Aws.Json;

namespace CostOps.Simulator;

/// <summary>
/// AWS Budgets: monthly cost budgets whose actual spend is the month-to-date bill (UTC) and whose forecast adds
/// the last seven days' average for each remaining day. Called under the account's gate.
/// </summary>
internal sealed class BudgetsApi(SimulatedAccount account)
{
    private const string Invalid = "InvalidParameterException";
    private static readonly AwsJsonContext Wire = AwsJsonContext.Default;

    public byte[] Handle(string operation, byte[] body, DateTimeOffset now)
    {
        switch (operation)
        {
            case "DescribeBudgets":
                var request = SimJson.Read(body, Wire.DescribeBudgetsRequest, Invalid);
                CheckAccount(request.AccountId);
                var (page, next) = SimJson.Page([.. account.Budgets], Math.Min(request.MaxResults ?? 100, 100), request.NextToken, 100, 100, Invalid);
                return SimJson.Write(new DescribeBudgetsResponse { Budgets = [.. page.Select(b => View(b, now))], NextToken = next }, Wire.DescribeBudgetsResponse);
            case "DescribeBudget":
                var one = SimJson.Read(body, Wire.DescribeBudgetRequest, Invalid);
                CheckAccount(one.AccountId);
                var budget = account.Budgets.SingleOrDefault(b => b.Name == one.BudgetName)
                    ?? throw new SimulatorError("NotFoundException", $"Unable to get budget: {one.BudgetName} - the budget doesn't exist.");
                return SimJson.Write(new DescribeBudgetResponse { Budget = View(budget, now) }, Wire.DescribeBudgetResponse);
            default:
                throw new SimulatorError("UnknownOperationException", $"The simulated AWS Budgets does not implement {operation}.");
        }
    }

    private void CheckAccount(string accountId)
    {
        if (accountId != account.Options.AccountId)
        {
            throw new SimulatorError("AccessDeniedException", $"Account {accountId} is not this account ({account.Options.AccountId}).");
        }
    }

    private Budget View(SimBudget budget, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var actual = account.Ledger.Cost(monthStart, today.AddDays(1));
        var perDay = account.Ledger.Cost(today.AddDays(-7), today) / 7m;
        var forecast = actual + (perDay * (DateTime.DaysInMonth(today.Year, today.Month) - today.Day));
        return new Budget
        {
            BudgetName = budget.Name,
            BudgetLimit = new Spend { Amount = CostExplorerApi.Amount(budget.Limit), Unit = "USD" },
            TimeUnit = "MONTHLY",
            BudgetType = "COST",
            TimePeriod = new TimePeriod { Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), End = new DateTimeOffset(2087, 6, 15, 0, 0, 0, TimeSpan.Zero) },
            CalculatedSpend = new CalculatedSpend
            {
                ActualSpend = new Spend { Amount = CostExplorerApi.Amount(actual), Unit = "USD" },
                ForecastedSpend = new Spend { Amount = CostExplorerApi.Amount(forecast), Unit = "USD" },
            },
            LastUpdatedTime = now,
        };
    }
}
