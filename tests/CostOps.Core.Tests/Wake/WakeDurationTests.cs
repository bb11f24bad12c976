using CostOps.Core.Wake;
using CsCheck;

namespace CostOps.Core.Tests.Wake;

public sealed class WakeDurationTests
{
    [Theory]
    [InlineData("3h", 180)]
    [InlineData("90m", 90)]
    [InlineData("1h30m", 90)]
    [InlineData(" 2H ", 120)]
    [InlineData("0h15m", 15)]
    public void TryParse_HoursAndMinutes_ReadsTheLength(string text, int minutes)
    {
        Assert.True(WakeDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0h")]
    [InlineData("3")]
    [InlineData("-1h")]
    [InlineData("3 hours")]
    [InlineData("1.5h")]
    [InlineData("PT3H")]
    [InlineData("99999h")]
    public void TryParse_AnythingElse_IsRejected(string? text)
    {
        Assert.False(WakeDuration.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_AnyText_NeverThrowsAndAcceptsOnlyPositiveLengths()
    {
        Gen.String.Sample(text => !WakeDuration.TryParse(text, out var d) || d > TimeSpan.Zero, iter: 5_000);
    }
}
