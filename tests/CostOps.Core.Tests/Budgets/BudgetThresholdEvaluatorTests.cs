using CostOps.Core.Budgets;

namespace CostOps.Core.Tests.Budgets;

public class BudgetThresholdEvaluatorTests
{
    private static readonly IReadOnlyList<BudgetThreshold> Defaults = TestBudgets.Thresholds("25,40,60,100%:forecast");

    [Theory]
    [InlineData("24.99", null, "")]
    [InlineData("25", null, "$25 on actual spend")]
    [InlineData("25.01", null, "$25 on actual spend")]
    [InlineData("41.20", null, "$40 on actual spend|$25 on actual spend")]
    [InlineData("60", null, "$60 on actual spend|$40 on actual spend|$25 on actual spend")]
    [InlineData("10", "59.99", "")]
    [InlineData("10", "60", "100% of the limit on forecasted spend")]
    [InlineData("30", "75", "100% of the limit on forecasted spend|$25 on actual spend")]
    [InlineData("60", "90", "$60 on actual spend|100% of the limit on forecasted spend|$40 on actual spend|$25 on actual spend")]
    public void Evaluate_ActualAndForecast_CrossesThresholdsAtOrAboveHighestFirst(string actual, string? forecast, string expected)
    {
        var budget = TestBudgets.Monthly(Dec(actual), forecast is null ? null : Dec(forecast));

        var evaluation = BudgetThresholdEvaluator.Evaluate(budget, Defaults);

        Assert.Equal(expected, string.Join("|", evaluation.Crossed.Select(c => c.Threshold.Description)));
        Assert.Null(evaluation.Blocker);
    }

    [Fact]
    public void Evaluate_ForecastThreshold_CarriesForecastAsSpendAndResolvedAmount()
    {
        var evaluation = BudgetThresholdEvaluator.Evaluate(TestBudgets.Monthly(10m, 72.5m, limit: 50m), TestBudgets.Thresholds("80%:forecast"));

        var crossed = Assert.Single(evaluation.Crossed);
        Assert.Equal(40m, crossed.Amount);
        Assert.Equal(72.5m, crossed.Spend);
    }

    [Theory]
    [InlineData("39.99", "")]
    [InlineData("40", "80% of the limit on actual spend")]
    [InlineData("50", "100% of the limit on actual spend|80% of the limit on actual spend")]
    public void Evaluate_PercentThresholds_AreRelativeToLimit(string actual, string expected)
    {
        var evaluation = BudgetThresholdEvaluator.Evaluate(TestBudgets.Monthly(Dec(actual), limit: 50m), TestBudgets.Thresholds("80%,100%"));

        Assert.Equal(expected, string.Join("|", evaluation.Crossed.Select(c => c.Threshold.Description)));
    }

    [Fact]
    public void Evaluate_NonUsdBudget_SkipsUsdThresholdsWithNoteButAppliesPercentages()
    {
        var budget = TestBudgets.Monthly(500m, 900m, limit: 800m, currency: "EUR");

        var evaluation = BudgetThresholdEvaluator.Evaluate(budget, Defaults);

        var crossed = Assert.Single(evaluation.Crossed);
        Assert.Equal(ThresholdUnit.PercentOfLimit, crossed.Threshold.Unit);
        var note = Assert.Single(evaluation.Notes);
        Assert.Contains("kept in EUR, not USD", note, StringComparison.Ordinal);
        Assert.Contains("$25 on actual spend, $40 on actual spend, $60 on actual spend", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LowercaseUsd_IsUsd()
    {
        var evaluation = BudgetThresholdEvaluator.Evaluate(TestBudgets.Monthly(30m, currency: "usd"), Defaults);

        Assert.Single(evaluation.Crossed);
        Assert.DoesNotContain(evaluation.Notes, n => n.Contains("not USD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Evaluate_NoPositiveLimit_SkipsPercentagesWithNoteKeepsUsd(string limit)
    {
        var evaluation = BudgetThresholdEvaluator.Evaluate(TestBudgets.Monthly(45m, 100m, limit: Dec(limit)), Defaults);

        Assert.Equal("$40 on actual spend|$25 on actual spend", string.Join("|", evaluation.Crossed.Select(c => c.Threshold.Description)));
        Assert.Contains(evaluation.Notes, n => n.Contains("no positive limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoForecast_SkipsForecastThresholdsWithNote()
    {
        var evaluation = BudgetThresholdEvaluator.Evaluate(TestBudgets.Monthly(30m, forecast: null), Defaults);

        Assert.Single(evaluation.Crossed);
        Assert.Contains(evaluation.Notes, n => n.Contains("no forecast", StringComparison.Ordinal) && n.Contains("100% of the limit on forecasted spend", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_PeriodEndBeforeStart_StillEvaluatesWithNote()
    {
        var budget = TestBudgets.Monthly(30m) with { PeriodEnd = new DateOnly(2026, 2, 1) };

        var evaluation = BudgetThresholdEvaluator.Evaluate(budget, Defaults);

        Assert.Single(evaluation.Crossed);
        Assert.Contains(evaluation.Notes, n => n.Contains("period looks wrong", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_MissingPeriodStartOrName_IsBlocked()
    {
        var noStart = BudgetThresholdEvaluator.Evaluate(TestBudgets.Monthly(99m) with { PeriodStart = default }, Defaults);
        var noName = BudgetThresholdEvaluator.Evaluate(TestBudgets.Monthly(99m, name: " "), Defaults);

        Assert.Contains("no period start", noStart.Blocker, StringComparison.Ordinal);
        Assert.Contains("no name", noName.Blocker, StringComparison.Ordinal);
        Assert.Empty(noStart.Crossed);
    }

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
