using System.Globalization;
using CostOps.Core.Schedules;
using CsCheck;

namespace CostOps.Core.Tests.Schedules;

/// <summary>
/// A costops:schedule tag is written by anyone with TagResource: no value throws, and every value is a schedule,
/// "none", or an error that leaves the service as it is and quotes the value.
/// </summary>
public class ScheduleTagPropertyTests
{
    private static readonly ScheduleDecider Decider = new(ScheduleConfiguration.FromJson(
        """{"default":"office-hours","schedules":{"office-hours":{"timezone":"Europe/Berlin","periods":["mon-fri 08:00-20:00"]}}}"""));

    private static readonly ScheduleDecider NoDefaults = new(ScheduleConfiguration.Empty);

    private static readonly Gen<string> Digits = Gen.Char['0', '9'].Array[0, 12].Select(c => new string(c));

    private static readonly Gen<string> Time =
        Gen.Frequency((4, Gen.Select(Gen.Int[0, 99], Gen.Int[0, 99]).Select((h, m) => string.Create(CultureInfo.InvariantCulture, $"{h}:{m:00}"))),
            (1, Gen.Select(Digits, Digits).Select((h, m) => h + ":" + m)),
            (1, Gen.OneOf("24:00", "23:59", "00:00", "0:00", "99:99", "24:01", "-1:00", ":", "", "08", "08:0", "008:00")));

    private static readonly Gen<string> Range = Gen.Select(Time, Time, Gen.OneOf("-", "--", "", "-08:00-")).Select((a, b, dash) => a + dash + b);

    private static readonly Gen<string> Days = Gen.OneOf(
        "mon-fri", "daily", "weekdays", "weekends", "sat+sun", "fri-mon", "MONDAY", "mon+wed-fri", "mon--fri", "mon-", "-mon",
        "mon+", "+", "sun-sun", "xyz-abc", "mon-tue-wed", "daily+weekends", "Sunday");

    private static readonly Gen<string> Zone = Gen.OneOf(
        "Europe/Berlin", "UTC", "europe/berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+12", "Etc/GMT-14", "Pacific/Kiritimati",
        "Australia/Lord_Howe", "Mars/Olympus_Mons", "Europe/", "/", "EST5EDT", "Asia/Kathmandu", "America/Santiago");

    private static readonly Gen<string> Date =
        Gen.Frequency((3, Gen.Select(Gen.Int[-1, 99999], Gen.Int[0, 13], Gen.Int[0, 32])
                .Select((y, m, d) => string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}-{d:00}"))),
            (1, Gen.OneOf("0000-01-01", "9999-12-31", "2026-02-30", "2024-02-29", "2026-02-29", "0001-01-01", "-0001-01-01", "2026-1-1", "")));

    private static readonly Gen<string> Option = Gen.OneOf(
        Digits.Select(d => "lead=" + d),
        Gen.OneOf("lead=-5", "lead=7.5", "lead=720", "lead=721", "lead=99999999999999999999", "LEAD=0", "lead==", "=", "foo=bar", "skip="),
        Date.Array[1, 6].Select(d => "skip=" + string.Join('+', d)));

    private static readonly Gen<string> Token = Gen.Frequency((3, Days), (4, Range), (2, Zone), (2, Option), (1, Digits), (1, Gen.String[0, 6]));

    private static readonly Gen<string> NearlyValid =
        Gen.Select(Token.Array[0, 40], Gen.OneOf(" ", "  ", " \t ")).Select((tokens, space) => string.Join(space, tokens));

    /// <summary>Expressions in the grammar's shape with values at and around the edges: most are valid schedules.</summary>
    private static readonly Gen<string> WellFormed =
        Gen.Select(
                Gen.Select(Gen.OneOf("mon-fri", "daily", "sat", "sun", "fri-mon", "weekends", "tue+thu"), Gen.Int[0, 24], Gen.Int[0, 59], Gen.Int[0, 24], Gen.Int[0, 59])
                    .Select((days, h1, m1, h2, m2) => string.Create(CultureInfo.InvariantCulture, $"{days} {h1:00}:{m1:00}-{h2:00}:{(h2 == 24 ? 0 : m2):00}"))
                    .Array[1, 3],
                Gen.OneOf("Europe/Berlin", "Pacific/Kiritimati", "Etc/GMT+12", "Australia/Lord_Howe", "America/Santiago", "UTC"),
                Gen.Int[0, 720],
                Gen.OneOf("0000-01-01", "9999-12-31", "0001-01-01", "2026-03-29", "2026-10-25"))
            .Select((groups, zone, lead, skip) => $"{string.Join(' ', groups)} {zone} lead={lead} skip={skip}");

    /// <summary>Any instant from 1900 to 2200: the clock is not user input, but a tag is evaluated at whatever time it is read.</summary>
    private static readonly Gen<DateTimeOffset> Now = Gen.Long[-2_208_988_800L, 7_258_118_400L].Select(s => DateTimeOffset.FromUnixTimeSeconds(s));

    private static void AssertFailSafe(ScheduleDecider decider, string value, DateTimeOffset now)
    {
        var verdict = decider.Decide(new Dictionary<string, string> { [ScheduleDecider.ScheduleTagKey] = value }, now);

        switch (verdict.Desired)
        {
            case DesiredRunState.Invalid:
                Assert.StartsWith($"costops:schedule value '{value}' ", verdict.Error, StringComparison.Ordinal);
                Assert.Equal("schedule tag is invalid: service left as it is", verdict.Reason);
                break;
            case DesiredRunState.Unmanaged:
                Assert.Equal(ScheduleDecider.NoneValue, value.Trim(), ignoreCase: true);
                Assert.Null(verdict.Error);
                break;
            default:
                Assert.Contains(verdict.Desired, new[] { DesiredRunState.Running, DesiredRunState.Stopped });
                Assert.Null(verdict.Error);
                Assert.False(string.IsNullOrWhiteSpace(verdict.Reason));
                break;
        }
    }

    [Fact]
    public void Decide_ArbitraryScheduleTag_NeverThrowsAndFailsSafe() =>
        Gen.Select(Gen.String, Now).Sample((value, now) => AssertFailSafe(NoDefaults, value, now), iter: 20_000);

    [Fact]
    public void Decide_NearlyValidExpressions_NeverThrowAndFailSafe() =>
        Gen.Select(NearlyValid, Now).Sample((value, now) => AssertFailSafe(NoDefaults, value, now), iter: 20_000);

    [Fact]
    public void Decide_WellFormedExpressionsWithExtremeValues_NeverThrowAndFailSafe()
    {
        var valid = 0;
        Gen.Select(WellFormed, Now).Sample((value, now) =>
        {
            AssertFailSafe(NoDefaults, value, now);
            if (NoDefaults.Decide(new Dictionary<string, string> { [ScheduleDecider.ScheduleTagKey] = value }, now).Error is null)
            {
                Interlocked.Increment(ref valid);
            }
        }, iter: 5_000);

        Assert.True(valid > 500, $"only {valid} of 5000 generated expressions were valid: the generator no longer reaches evaluation");
    }

    [Fact]
    public void Decide_NearlyValidExpressionsWithConfiguredDefaults_NeverThrowAndFailSafe() =>
        Gen.Select(NearlyValid, Now).Sample((value, now) => AssertFailSafe(Decider, value, now), iter: 10_000);

    [Fact]
    public void ParsePeriods_NearlyValidPeriodText_ReturnsPeriodsOrSyntaxError() =>
        NearlyValid.Sample(text =>
        {
            try
            {
                Assert.NotEmpty(ScheduleExpressionParser.ParsePeriods(text));
            }
            catch (ScheduleSyntaxException error)
            {
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
            }
        }, iter: 20_000);
}
