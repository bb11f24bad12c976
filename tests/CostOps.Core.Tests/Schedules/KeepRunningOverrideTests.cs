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

    [Theory]
    [InlineData("2026-11-24T18:00+18:00", "offset +18:00")]
    [InlineData("2030-01-01T00:10+16:00", "offset +16:00")]
    [InlineData("2026-11-24T18:00-14:01", "offset -14:01")]
    [InlineData("0001-01-01T00:00+01:00", "year")]
    [InlineData("9999-12-31T23:59-01:00", "year")]
    [InlineData("0000-01-01T00:00Z", "year")]
    [InlineData("-0001-06-01T00:00Z", "year")]
    public void Evaluate_WellFormedButNotRepresentable_InForceMalformedNamingWhy(string value, string why)
    {
        var status = KeepRunningOverride.Evaluate(value, Now);

        Assert.Equal(OverrideState.InForceMalformed, status.State);
        Assert.Null(status.Until);
        Assert.Contains($"'{value}'", status.Error, StringComparison.Ordinal);
        Assert.Contains(why, status.Error, StringComparison.Ordinal);
        Assert.Contains("2026-11-24T18:00Z", status.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-25T18:00+14:00", 14)]
    [InlineData("2026-11-24T18:00-14:00", -14)]
    public void Evaluate_LargestRepresentableOffsets_InForce(string value, int offsetHours)
    {
        var status = KeepRunningOverride.Evaluate(value, Now);

        Assert.Equal(OverrideState.InForce, status.State);
        Assert.Equal(TimeSpan.FromHours(offsetHours), status.Until!.Value.Offset);
    }

    [Theory]
    [InlineData("0001-01-01T00:00Z")]
    [InlineData("9999-12-31T23:59Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    public void Evaluate_EdgesOfTheRepresentableRange_WellFormed(string value)
    {
        var status = KeepRunningOverride.Evaluate(value, Now);

        Assert.NotEqual(OverrideState.InForceMalformed, status.State);
        Assert.NotNull(status.Until);
    }
}
