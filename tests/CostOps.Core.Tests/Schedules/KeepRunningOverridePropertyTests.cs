using System.Globalization;
using CostOps.Core.Schedules;
using CsCheck;

namespace CostOps.Core.Tests.Schedules;

/// <summary>A keep-running tag is written by anyone with TagResource: no value throws, and every value either is an end time or keeps the service running, reported.</summary>
public class KeepRunningOverridePropertyTests
{
    private static readonly NodaTime.Instant Now = TestSchedules.At("2026-11-24T12:00:00Z");

    private static readonly Gen<string> NearlyValid =
        Gen.Select(Gen.Int[-10000, 10000], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 25], Gen.Int[0, 61], Gen.Int[-25, 25], Gen.Int[0, 60])
            .Select(t => string.Create(CultureInfo.InvariantCulture,
                $"{(t.Item1 < 0 ? "-" : "")}{Math.Abs(t.Item1):0000}-{t.Item2:00}-{t.Item3:00}T{t.Item4:00}:{t.Item5:00}{(t.Item6 < 0 ? "-" : "+")}{Math.Abs(t.Item6):00}:{t.Item7:00}"));

    private static void AssertFailSafe(string value)
    {
        var status = KeepRunningOverride.Evaluate(value, Now);

        if (status.State == OverrideState.InForceMalformed)
        {
            Assert.Null(status.Until);
            Assert.Contains("kept running", status.Error, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(status.State, new[] { OverrideState.InForce, OverrideState.Expired });
            Assert.NotNull(status.Until);
            Assert.InRange(status.Until!.Value.Offset, TimeSpan.FromHours(-14), TimeSpan.FromHours(14));
        }
    }

    [Fact]
    public void Evaluate_ArbitraryText_NeverThrowsAndFailsSafe() => Gen.String.Sample(AssertFailSafe, iter: 20_000);

    [Fact]
    public void Evaluate_DateTimesWithAnyYearAndOffset_NeverThrowAndFailSafe() => NearlyValid.Sample(AssertFailSafe, iter: 50_000);
}
