using System.Text.Json;
using CostOps.Core.Budgets;

namespace CostOps.Core.Tests.Budgets;

public class BudgetJsonContextTests
{
    [Fact]
    public void Serialize_RunResult_IsCamelCaseWithStringOutcomes()
    {
        var result = new BudgetRunResult(
            new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero),
            1,
            1,
            [new BudgetCheckResult("monthly-total", BudgetOutcome.AlertSent, 41.20m, null, 60m, "USD", ["$40 on actual spend"], "$40 on actual spend", "msg-1", [], [])],
            []);

        var json = JsonSerializer.Serialize(result, BudgetJsonContext.Default.BudgetRunResult);

        Assert.Contains("\"outcome\":\"AlertSent\"", json, StringComparison.Ordinal);
        Assert.Contains("\"actual\":41.20", json, StringComparison.Ordinal);
        Assert.Contains("\"hasErrors\":false", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"forecast\"", json, StringComparison.Ordinal);
    }
}
