using CostOps.Cli.Fleet;
using CsCheck;

namespace CostOps.Cli.Tests.Fleet;

/// <summary>Whatever a user types as a time, a duration or a service: a value or a usage error (exit 2), never anything else.</summary>
public sealed class UserInputPropertyTests
{
    private static readonly Gen<string> Typed = Gen.Frequency(
        (3, Gen.String),
        (2, Gen.String["0123456789dhmDHM:-+TZz /."]),
        (1, Gen.Int[-5, 50_000].Select(Gen.OneOf(Gen.Const("d"), Gen.Const("h"), Gen.Const("m"))).Select((n, u) => $"{n}{u}")));

    [Fact]
    public void ParseDuration_AnyText_GivesAPositiveDurationUpToThirtyDaysOrAUsageError() =>
        Typed.Sample(text =>
        {
            try
            {
                var duration = TimeText.ParseDuration(text, "--for");
                return duration > TimeSpan.Zero && duration <= TimeSpan.FromDays(30);
            }
            catch (UsageException ex)
            {
                return ex.Message.StartsWith("--for '", StringComparison.Ordinal);
            }
        });

    [Fact]
    public void ParseTime_AnyText_GivesATimeOrAUsageError() =>
        Typed.Sample(text =>
        {
            try
            {
                TimeText.ParseTime(text, "--until");
                return true;
            }
            catch (UsageException ex)
            {
                return ex.Message.Contains("is not a date-time with an offset", StringComparison.Ordinal);
            }
        });

    [Fact]
    public void ServiceTargetParse_AnyText_GivesTwoNonEmptyNamesOrAUsageError() =>
        Gen.String.Sample(text =>
        {
            try
            {
                var target = ServiceTarget.Parse(text);
                return target.Cluster.Length > 0 && target.Service.Length > 0 && !target.ToString().Trim().Contains(' ', StringComparison.Ordinal);
            }
            catch (UsageException ex)
            {
                return ex.Message.Contains("is not CLUSTER/SERVICE", StringComparison.Ordinal);
            }
        });

    [Theory]
    [InlineData("3h", 180)]
    [InlineData("90m", 90)]
    [InlineData("1h30m", 90)]
    [InlineData("2D", 2880)]
    public void ParseDuration_Examples_AreReadAsDocumented(string text, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), TimeText.ParseDuration(text, "--for"));
}
