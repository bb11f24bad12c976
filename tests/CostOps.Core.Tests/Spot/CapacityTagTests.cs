using CostOps.Core.Spot;
using CsCheck;

namespace CostOps.Core.Tests.Spot;

public sealed class CapacityTagTests
{
    private static readonly SpotOptions Options = SpotServices.Options;

    [Theory]
    [InlineData("spot", CapacityChoice.Spot)]
    [InlineData(" SPOT ", CapacityChoice.Spot)]
    [InlineData("on-demand", CapacityChoice.OnDemand)]
    [InlineData("On-Demand", CapacityChoice.OnDemand)]
    [InlineData("true", CapacityChoice.Invalid)]
    [InlineData("", CapacityChoice.Invalid)]
    public void Resolve_TagValue_ReadsTheChoice(string value, CapacityChoice expected)
    {
        var preference = CapacityTag.Resolve(new Dictionary<string, string> { ["Costops:Capacity"] = value }, "main", Options);

        Assert.Equal(expected, preference.Choice);
    }

    [Fact]
    public void Resolve_InvalidValue_NamesTagValueAndWhatIsExpected()
    {
        var preference = CapacityTag.Resolve(new Dictionary<string, string> { ["costops:capacity"] = "cheap" }, "main", Options);

        Assert.Equal("tag costops:capacity = 'cheap': expected 'spot' or 'on-demand'", preference.Error);
    }

    [Fact]
    public void Resolve_NoTagInDefaultCluster_IsSpot() =>
        Assert.Equal(CapacityChoice.Spot, CapacityTag.Resolve(new Dictionary<string, string>(), "dev", Options).Choice);

    [Fact]
    public void Resolve_OnDemandTagInDefaultCluster_OptsOut() =>
        Assert.Equal(CapacityChoice.OnDemand, CapacityTag.Resolve(new Dictionary<string, string> { ["costops:capacity"] = "on-demand" }, "dev", Options).Choice);

    [Fact]
    public void Resolve_NoTagOutsideDefaultClusters_IsUnset() =>
        Assert.Equal(CapacityChoice.Unset, CapacityTag.Resolve(new Dictionary<string, string> { ["other"] = "spot" }, "prod", Options).Choice);

    [Fact]
    public void Resolve_ArbitraryTagsAndClusters_NeverThrowsAndOnlyExactValuesOptIn()
    {
        var tags = Gen.Dictionary(Gen.OneOf(Gen.String, Gen.Const("costops:capacity"), Gen.Const("COSTOPS:CAPACITY")), Gen.OneOf(Gen.String, Gen.Const("spot"), Gen.Const(" on-demand ")))[0, 4];
        Gen.Select(tags, Gen.OneOf(Gen.String, Gen.Const("dev"), Gen.Const((string)null!))).Sample((t, cluster) =>
        {
            var preference = CapacityTag.Resolve(t, cluster, Options);

            var value = t.FirstOrDefault(p => p.Key.Equals("costops:capacity", StringComparison.OrdinalIgnoreCase)).Value?.Trim();
            var expected = value switch
            {
                null => cluster == "dev" ? CapacityChoice.Spot : CapacityChoice.Unset,
                _ when value.Equals("spot", StringComparison.OrdinalIgnoreCase) => CapacityChoice.Spot,
                _ when value.Equals("on-demand", StringComparison.OrdinalIgnoreCase) => CapacityChoice.OnDemand,
                _ => CapacityChoice.Invalid,
            };
            Assert.Equal(expected, preference.Choice);
            Assert.Equal(expected == CapacityChoice.Invalid, preference.Error is not null);
        }, iter: 5_000);
    }
}
