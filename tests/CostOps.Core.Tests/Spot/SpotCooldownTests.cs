using CostOps.Core.Spot;

namespace CostOps.Core.Tests.Spot;

public sealed class SpotCooldownTests
{
    private static readonly DateTimeOffset Noon = SpotServices.Noon;
    private static readonly SpotOptions Options = SpotServices.Options;

    [Fact]
    public void Next_FirstFallback_IsTheConfiguredCooldown() =>
        Assert.Equal(TimeSpan.FromMinutes(60), SpotCooldown.Next(SpotState.New(Options), Noon, Options));

    [Fact]
    public void Next_FailsAgainWithinTheCooldownAfterReturn_Doubles()
    {
        var state = SpotServices.FallenBack(Noon.AddHours(-3), TimeSpan.FromMinutes(60), returnedAt: Noon.AddMinutes(-59));

        Assert.Equal(TimeSpan.FromMinutes(120), SpotCooldown.Next(state, Noon, Options));
    }

    [Fact]
    public void Next_FailsAgainAfterTheCooldownButWithinADay_KeepsIt()
    {
        var state = SpotServices.FallenBack(Noon.AddHours(-6), TimeSpan.FromMinutes(120), returnedAt: Noon.AddMinutes(-120));

        Assert.Equal(TimeSpan.FromMinutes(120), SpotCooldown.Next(state, Noon, Options));
    }

    [Fact]
    public void Next_RepeatedFailures_DoubleUpToTheCap()
    {
        var state = SpotServices.FallenBack(Noon.AddHours(-10), TimeSpan.FromHours(5), returnedAt: Noon.AddMinutes(-1));

        Assert.Equal(TimeSpan.FromHours(8), SpotCooldown.Next(state, Noon, Options));
    }

    [Fact]
    public void Next_ACleanDayAfterTheReturn_Resets()
    {
        var state = SpotServices.FallenBack(Noon.AddDays(-2), TimeSpan.FromHours(8), returnedAt: Noon.AddDays(-1));

        Assert.Equal(TimeSpan.FromMinutes(60), SpotCooldown.Next(state, Noon, Options));
    }
}
