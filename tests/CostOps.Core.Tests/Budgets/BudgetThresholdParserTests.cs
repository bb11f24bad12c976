using CostOps.Core.Budgets;

namespace CostOps.Core.Tests.Budgets;

public class BudgetThresholdParserTests
{
    [Fact]
    public void Parse_DefaultCompactForm_GivesUsdActualAndPercentForecast()
    {
        var thresholds = BudgetThresholdParser.Parse("25,40,60,100%:forecast");

        Assert.Equal(
            [
                new BudgetThreshold(25m, ThresholdUnit.Usd, SpendKind.Actual),
                new BudgetThreshold(40m, ThresholdUnit.Usd, SpendKind.Actual),
                new BudgetThreshold(60m, ThresholdUnit.Usd, SpendKind.Actual),
                new BudgetThreshold(100m, ThresholdUnit.PercentOfLimit, SpendKind.Forecast),
            ],
            thresholds);
    }

    [Fact]
    public void Parse_DollarSignsSpacesDecimalsAndBoth_AreAccepted()
    {
        var thresholds = BudgetThresholdParser.Parse(" $12.50 , 80% : BOTH ");

        Assert.Equal(
            [
                new BudgetThreshold(12.5m, ThresholdUnit.Usd, SpendKind.Actual),
                new BudgetThreshold(80m, ThresholdUnit.PercentOfLimit, SpendKind.Actual),
                new BudgetThreshold(80m, ThresholdUnit.PercentOfLimit, SpendKind.Forecast),
            ],
            thresholds);
    }

    [Fact]
    public void Parse_JsonForm_GivesSameThresholdsAsCompactForm()
    {
        var json = """[{"amount":25},{"amount":40,"on":"actual"},{"percent":100,"on":"forecast"}]""";

        Assert.Equal(BudgetThresholdParser.Parse("25,40,100%:forecast"), BudgetThresholdParser.Parse(json));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("25,4O,60", "item 2 \"4O\": \"4O\" is not a number")]
    [InlineData("25,,60", "item 2 \"\" is empty")]
    [InlineData("25,-5", "item 2 \"-5\"")]
    [InlineData("0", "item 1 \"0\": 0 is out of range")]
    [InlineData("80%,5000%", "item 2 \"5000%\": 5000 is out of range")]
    [InlineData("$80%", "both a dollar amount and a percentage")]
    [InlineData("100%:projected", "unknown spend kind \"projected\"")]
    [InlineData("25,40,25", "item 3 \"25\": $25 on actual spend is listed twice")]
    [InlineData("1,000", "item 2 \"000\"")]
    [InlineData("[{\"amount\":25,\"percent\":80}]", "item 1 must have exactly one of \"amount\"")]
    [InlineData("[{\"amout\":25}]", "is not a valid JSON list of thresholds: $[0].amout: unknown field 'amout'")]
    [InlineData("[{\"amount\":\"25\"}]", "$[0].amount: a value of the wrong type, or a number out of range (line 1, character 1")]
    [InlineData("[{\"amount\":\"25\"}]", "expected a number of US dollars")]
    [InlineData("[{\"percent\":1e400}]", "$[0].percent: a value of the wrong type")]
    [InlineData("[{\"amount\":25,\"on\":1}]", "expected \"actual\", \"forecast\" or \"both\"")]
    [InlineData("[]", "empty JSON array")]
    [InlineData("[{\"amount\":25,\"on\":\"later\"}]", "unknown spend kind \"later\"")]
    public void Parse_InvalidItem_ThrowsNamingSettingAndItem(string text, string expected)
    {
        var ex = Assert.Throws<BudgetConfigurationException>(() => BudgetThresholdParser.Parse(text));
        Assert.DoesNotContain("System.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CostOps.", ex.Message, StringComparison.Ordinal);

        Assert.Equal("COSTOPS_BUDGET_THRESHOLDS", ex.Setting);
        Assert.StartsWith("COSTOPS_BUDGET_THRESHOLDS", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MoreThanTwentyThresholds_Throws()
    {
        var text = string.Join(",", Enumerable.Range(1, 21));

        var ex = Assert.Throws<BudgetConfigurationException>(() => BudgetThresholdParser.Parse(text));

        Assert.Contains("21 thresholds", ex.Message, StringComparison.Ordinal);
    }
}
