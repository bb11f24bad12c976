using CostOps.Core.Insights;

namespace CostOps.Core.Tests.Insights;

public sealed class FargateSizesTests
{
    [Fact]
    public void All_PairsPerCpu_MatchFargateTable()
    {
        var byCpu = FargateSizes.All.GroupBy(s => s.CpuUnits).ToDictionary(g => g.Key, g => g.Select(s => s.MemoryMib).ToList());

        Assert.Equal([256, 512, 1024, 2048, 4096, 8192, 16384], byCpu.Keys);
        Assert.Equal([512, 1024, 2048], byCpu[256]);
        Assert.Equal([1024, 2048, 3072, 4096], byCpu[512]);
        Assert.Equal(Enumerable.Range(2, 7).Select(gb => gb * 1024), byCpu[1024]);
        Assert.Equal(Enumerable.Range(4, 13).Select(gb => gb * 1024), byCpu[2048]);
        Assert.Equal(Enumerable.Range(8, 23).Select(gb => gb * 1024), byCpu[4096]);
        Assert.Equal([16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60], byCpu[8192].Select(m => m / 1024));
        Assert.Equal([32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120], byCpu[16384].Select(m => m / 1024));
        Assert.Equal(3 + 4 + 7 + 13 + 23 + 12 + 12, FargateSizes.All.Count);
    }

    [Theory]
    [InlineData(256, 3072)]
    [InlineData(512, 512)]
    [InlineData(4096, 31744)]
    [InlineData(8192, 18432)]
    [InlineData(16384, 36864)]
    [InlineData(300, 1024)]
    public void IsValid_PairFargateRejects_False(int cpu, int memory) => Assert.False(FargateSizes.IsValid(new(cpu, memory)));

    [Fact]
    public void ToString_QuarterVcpuHalfGb_ReadsInVcpuAndGb() => Assert.Equal("0.25 vCPU / 0.5 GB", new FargateSize(256, 512).ToString());
}
