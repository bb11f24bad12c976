using CostOps.Core.Scheduler.Ports;
using CostOps.Core.Spot;

namespace CostOps.Core.Tests.Spot;

public sealed class SpotStrategyTests
{
    [Fact]
    public void Same_DifferentOrderAndZeroEntries_AreTheSame() =>
        Assert.True(SpotStrategy.Same([new("FARGATE_SPOT", 1, 0)], [new("FARGATE", 0, 0), new("FARGATE_SPOT", 1, 0)]));

    [Theory]
    [InlineData(2, 0)]
    [InlineData(1, 1)]
    public void Same_OtherWeightOrBase_Differs(int weight, int @base) =>
        Assert.False(SpotStrategy.Same([new("FARGATE_SPOT", 1, 0)], [new CapacityProviderItem("FARGATE_SPOT", weight, @base)]));

    [Fact]
    public void SpotAndOnDemand_UseConfiguredBaseAndWeights()
    {
        var options = new SpotOptions { Base = 1, FargateWeight = 1, SpotWeight = 3 };

        Assert.Equal([new("FARGATE", 1, 1), new("FARGATE_SPOT", 3, 0)], SpotStrategy.Spot(options));
        Assert.Equal([new("FARGATE", 1, 1), new("FARGATE_SPOT", 0, 0)], SpotStrategy.OnDemand(options));
        Assert.False(SpotStrategy.UsesSpot(SpotStrategy.OnDemand(options)));
    }

    [Theory]
    [InlineData("FARGATE_SPOT", 0, 1000)]
    [InlineData("SpotWeight", 0, 1)]
    [InlineData("InterruptionThreshold", 0, 100)]
    public void Validate_OutOfRange_NamesTheOption(string name, int low, int high)
    {
        var options = name switch
        {
            "SpotWeight" => new SpotOptions { SpotWeight = low },
            "InterruptionThreshold" => new SpotOptions { InterruptionThreshold = low },
            _ => new SpotOptions { FargateWeight = high + 1 },
        };

        var error = Assert.ThrowsAny<ArgumentException>(options.Validate);

        Assert.Contains(name == "FARGATE_SPOT" ? "FargateWeight" : name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MaxCooldownBelowCooldown_Throws() =>
        Assert.ThrowsAny<ArgumentException>(new SpotOptions { Cooldown = TimeSpan.FromHours(2), MaxCooldown = TimeSpan.FromHours(1) }.Validate);
}
