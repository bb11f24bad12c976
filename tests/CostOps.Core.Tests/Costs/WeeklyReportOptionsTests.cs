using CostOps.Core.Costs;

namespace CostOps.Core.Tests.Costs;

public class WeeklyReportOptionsTests
{
    [Fact]
    public void Validate_Defaults_UtcAndUnblendedCost()
    {
        var options = new WeeklyReportOptions();

        Assert.Equal("UTC", options.Validate().Id);
        Assert.Equal("UnblendedCost", options.Metric);
        Assert.Equal(TimeSpan.FromDays(7), options.LinkValidity);
    }

    [Theory]
    [InlineData("Metric")]
    [InlineData("TopServices")]
    [InlineData("SpotDiscount")]
    [InlineData("LinkValidity")]
    [InlineData("CostAllocationTag")]
    public void Validate_OutOfRange_NamesField(string field)
    {
        var options = field switch
        {
            "Metric" => new WeeklyReportOptions { Metric = "Cost" },
            "TopServices" => new WeeklyReportOptions { TopServices = 0 },
            "SpotDiscount" => new WeeklyReportOptions { SpotDiscount = 1.2m },
            "LinkValidity" => new WeeklyReportOptions { LinkValidity = TimeSpan.FromDays(8) },
            _ => new WeeklyReportOptions { CostAllocationTag = " " },
        };

        var ex = Assert.Throws<ArgumentException>(() => options.Validate());

        Assert.Contains($"WeeklyReportOptions.{field}", ex.Message, StringComparison.Ordinal);
    }
}
