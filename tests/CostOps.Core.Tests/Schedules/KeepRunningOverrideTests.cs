using CostOps.Core.Schedules;

namespace CostOps.Core.Tests.Schedules;

public class KeepRunningOverrideTests
{
    private static readonly NodaTime.Instant Now = TestSchedules.At("2026-11-24T12:00:00Z");

    [Theory]
    [InlineData("2026-11-24T18:00Z", "2026-11-24T18:00:00+00:00")]
    [InlineData("2026-11-24T18:00:00Z", "2026-11-24T18:00:00+00:00")]
    [InlineData("2026-11-24T18:00+01:00", "2026-11-24T18:00:00+01:00")]
    [InlineData("2026-11-24T18:00:00.5-05:00", "2026-11-24T18:00:00.5000000-05:00")]
    [InlineData(" 2026-11-24t18:00z ", "2026-11-24T18:00:00+00:00")]
    [InlineData("2026-11-24T12:00:01Z", "2026-11-24T12:00:01+00:00")]
    public void Evaluate_FutureEndWithOffset_InForceUntilThen(string value, string until)
    {
        var status = KeepRunningOverride.Evaluate(value, Now);

        Assert.Equal(OverrideState.InForce, status.State);
        var expected = DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, status.Until);
        Assert.Equal(expected.Offset, status.Until!.Value.Offset);
        Assert.Null(status.Error);
    }

    [Theory]
    [InlineData("2026-11-24T12:00Z")]
    [InlineData("2026-11-24T11:59:59.9Z")]
    [InlineData("2026-11-24T12:30+01:00")]
    [InlineData("2025-01-01T00:00Z")]
    public void Evaluate_PastOrNowEnd_Expired(string value)
    {
        var status = KeepRunningOverride.Evaluate(value, Now);

        Assert.Equal(OverrideState.Expired, status.State);
        Assert.NotNull(status.Until);
        Assert.Null(status.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("True")]
    [InlineData("yes please")]
    [InlineData("2026-11-24T18:00")]
    [InlineData("2026-11-24T18:00:00")]
    [InlineData("2026-11-24")]
    [InlineData("2026-11-24 18:00Z")]
    [InlineData("2026-11-24T18Z")]
    [InlineData("2026-13-24T18:00Z")]
    [InlineData("2026-11-24T18:00+25:00")]
    public void Evaluate_Malformed_InForceWithErrorNamingValueAndFormat(string? value)
    {
        var status = KeepRunningOverride.Evaluate(value, Now);

        Assert.Equal(OverrideState.InForceMalformed, status.State);
        Assert.Null(status.Until);
        Assert.Contains($"'{value}'", status.Error, StringComparison.Ordinal);
        Assert.Contains("2026-11-24T18:00Z", status.Error, StringComparison.Ordinal);
    }
}
