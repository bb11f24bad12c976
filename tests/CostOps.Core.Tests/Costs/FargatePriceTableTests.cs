using CostOps.Core.Activity;
using CostOps.Core.Costs;

namespace CostOps.Core.Tests.Costs;

public class FargatePriceTableTests
{
    [Theory]
    [InlineData("us-east-1", TaskSize.X86, 0.04048, 0.004445, false)]
    [InlineData("us-east-1", TaskSize.Arm, 0.03238, 0.00356, false)]
    [InlineData("eu-west-1", TaskSize.X86, 0.04048, 0.004445, false)]
    [InlineData("sa-east-1", TaskSize.Arm, 0.03238, 0.00356, true)]
    public void Lookup_Region_ReturnsPriceAndFallbackFlag(string region, string arch, double vcpu, double gb, bool fallback)
    {
        var price = FargatePriceTable.Default.Lookup(region, arch, out var isFallback);

        Assert.Equal((decimal)vcpu, price.PerVcpuHour);
        Assert.Equal((decimal)gb, price.PerGbHour);
        Assert.Equal(fallback, isFallback);
    }

    [Fact]
    public void Constructor_WithoutFallbackRegion_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FargatePriceTable(new Dictionary<string, (FargatePrice, FargatePrice)>()));
        Assert.Contains("us-east-1", ex.Message, StringComparison.Ordinal);
    }
}
