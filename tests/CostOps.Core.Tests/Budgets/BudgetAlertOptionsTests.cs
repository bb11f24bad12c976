using CostOps.Core.Budgets;

namespace CostOps.Core.Tests.Budgets;

public class BudgetAlertOptionsTests
{
    [Fact]
    public void FromSettings_NothingSet_UsesDocumentedDefaults()
    {
        var options = BudgetAlertOptions.FromSettings(_ => null);

        Assert.Equal(BudgetThresholdParser.Parse("25,40,60,100%:forecast"), options.Thresholds);
        Assert.Empty(options.BudgetNames);
        Assert.Equal(5, options.TopServiceCount);
        Assert.Equal(TimeSpan.FromDays(7), options.LedgerRetentionAfterPeriod);
    }

    [Fact]
    public void FromSettings_AllSet_ReadsEach()
    {
        var settings = new Dictionary<string, string>
        {
            ["COSTOPS_BUDGET_THRESHOLDS"] = "80%,100%:both",
            ["COSTOPS_BUDGET_NAMES"] = " monthly-total , dev ,",
            ["COSTOPS_BUDGET_TOP_SERVICES"] = "3",
        };

        var options = BudgetAlertOptions.FromSettings(settings.GetValueOrDefault);

        Assert.Equal(3, options.Thresholds.Count);
        Assert.Equal(new[] { "dev", "monthly-total" }, options.BudgetNames.Order(StringComparer.Ordinal));
        Assert.Equal(3, options.TopServiceCount);
    }

    [Theory]
    [InlineData("0", "is 0; use 1 to 20")]
    [InlineData("21", "is 21; use 1 to 20")]
    [InlineData("five", "\"five\" is not a whole number")]
    public void FromSettings_BadTopServiceCount_ThrowsNamingSetting(string value, string expected)
    {
        var ex = Assert.Throws<BudgetConfigurationException>(
            () => BudgetAlertOptions.FromSettings(key => key == "COSTOPS_BUDGET_TOP_SERVICES" ? value : null));

        Assert.Equal("COSTOPS_BUDGET_TOP_SERVICES", ex.Setting);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSettings_BadThresholds_ThrowsParserMessage()
    {
        var ex = Assert.Throws<BudgetConfigurationException>(
            () => BudgetAlertOptions.FromSettings(key => key == "COSTOPS_BUDGET_THRESHOLDS" ? "25,abc" : null));

        Assert.Contains("item 2 \"abc\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoThresholdsOrRetentionOutOfRange_Throws()
    {
        Assert.Throws<BudgetConfigurationException>(() => new BudgetAlertOptions { Thresholds = [] }.Validate());
        var ex = Assert.Throws<BudgetConfigurationException>(() => new BudgetAlertOptions { LedgerRetentionAfterPeriod = TimeSpan.FromHours(1) }.Validate());
        Assert.Contains("use 1 to 90 days", ex.Message, StringComparison.Ordinal);
    }
}
