using CostOps.Aws.Adapters;

namespace CostOps.Aws.Tests.Adapters;

public sealed class EcsInventoryOptionsTests
{
    public static TheoryData<EcsInventoryOptions> Invalid => new()
    {
        new EcsInventoryOptions(),
        new EcsInventoryOptions { Clusters = ["prod"], ClusterTagKey = "costops:managed" },
        new EcsInventoryOptions { ClusterTagKey = " " },
        new EcsInventoryOptions { Clusters = ["prod"], ClusterTagValue = "true" },
        new EcsInventoryOptions { Clusters = ["prod", ""] },
        new EcsInventoryOptions { Clusters = ["prod"], MaxRecentEvents = 101 },
        new EcsInventoryOptions { Clusters = ["prod"], MaxRecentEvents = -1 },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidScopeOrRange_Throws(EcsInventoryOptions options) =>
        Assert.ThrowsAny<ArgumentException>(options.Validate);

    [Fact]
    public void Validate_ByNamesOrByTag_Passes()
    {
        new EcsInventoryOptions { Clusters = ["prod"] }.Validate();
        new EcsInventoryOptions { ClusterTagKey = "costops:managed", ClusterTagValue = "true", MaxRecentEvents = 0 }.Validate();
        Assert.Equal(5, new EcsInventoryOptions().MaxRecentEvents);
    }

    [Fact]
    public void Validate_NeitherScope_MessageSaysWhatToSet()
    {
        var error = Assert.Throws<ArgumentException>(new EcsInventoryOptions().Validate);

        Assert.Contains("either a list of clusters or a cluster tag key", error.Message, StringComparison.Ordinal);
    }
}
