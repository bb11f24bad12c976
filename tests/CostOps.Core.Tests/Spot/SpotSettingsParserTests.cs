using CostOps.Core.Spot;
using CsCheck;

namespace CostOps.Core.Tests.Spot;

public sealed class SpotSettingsParserTests
{
    [Theory]
    [InlineData("0:1", true, 0, 1)]
    [InlineData(" 1 : 3 ", true, 1, 3)]
    [InlineData("1:0", false, 0, 0)]
    [InlineData("1/3", false, 0, 0)]
    [InlineData("1001:1", false, 0, 0)]
    public void TryParseWeights_Examples(string text, bool ok, int fargate, int spot)
    {
        Assert.Equal(ok, SpotSettingsParser.TryParseWeights(text, out var f, out var s));
        if (ok)
        {
            Assert.Equal((fargate, spot), (f, s));
        }
    }

    [Theory]
    [InlineData("3/30m", true, 3, 30)]
    [InlineData("5/2h", true, 5, 120)]
    [InlineData("0/30m", false, 0, 0)]
    [InlineData("3/25h", false, 0, 0)]
    [InlineData("3/0m", false, 0, 0)]
    [InlineData("3 in 30 minutes", false, 0, 0)]
    public void TryParseInterruptions_Examples(string text, bool ok, int count, int minutes)
    {
        Assert.Equal(ok, SpotSettingsParser.TryParseInterruptions(text, out var c, out var w));
        if (ok)
        {
            Assert.Equal((count, TimeSpan.FromMinutes(minutes)), (c, w));
        }
    }

    [Fact]
    public void Parsers_ArbitraryText_NeverThrowAndAcceptOnlyValidOptions() =>
        Gen.OneOf(Gen.String, Gen.Char["0123456789:/mh ,-"].Array[0, 12].Select(c => new string(c))).Sample(text =>
        {
            if (SpotSettingsParser.TryParseWeights(text, out var fargate, out var spot))
            {
                new SpotOptions { FargateWeight = fargate, SpotWeight = spot }.Validate();
            }

            if (SpotSettingsParser.TryParseInterruptions(text, out var count, out var window))
            {
                new SpotOptions { InterruptionThreshold = count, InterruptionWindow = window }.Validate();
            }

            if (SpotSettingsParser.TryParseClusters(text, out var clusters))
            {
                new SpotOptions { DefaultClusters = clusters }.Validate();
            }
        }, iter: 20_000);
}
