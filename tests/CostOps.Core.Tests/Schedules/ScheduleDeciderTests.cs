using CostOps.Core.Schedules;

namespace CostOps.Core.Tests.Schedules;

public class ScheduleDeciderTests
{
    private const string Json = """
        {"default":"office-hours","schedules":{
          "office-hours":{"timezone":"Europe/Berlin","periods":["mon-fri 08:00-20:00"],"skipDates":["2026-12-25"],"startLeadMinutes":10},
          "batch":{"timezone":"UTC","periods":["daily 01:00-03:00"]}}}
        """;

    // Monday 2026-11-23 22:00 in Berlin: outside office hours.
    private static readonly DateTimeOffset Evening = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);

    // Monday 2026-11-23 10:00 in Berlin: inside office hours.
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly ScheduleDecider decider = new(ScheduleConfiguration.FromJson(Json));

    private static Dictionary<string, string> Tags(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    [Fact]
    public void Decide_NamedScheduleOutsideHours_Stopped()
    {
        var verdict = decider.Decide(Tags("costops:schedule=office-hours"), Evening);

        Assert.Equal(DesiredRunState.Stopped, verdict.Desired);
        Assert.Equal("office-hours", verdict.ScheduleName);
        Assert.Equal("outside mon-fri 08:00-20:00 Europe/Berlin", verdict.Reason);
        Assert.Equal(OverrideState.None, verdict.Override);
        Assert.Null(verdict.Error);
    }

    [Fact]
    public void Decide_NamedScheduleMixedCaseKeyAndValue_Running()
    {
        var verdict = decider.Decide(Tags("CostOps:Schedule=BATCH"), new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal(DesiredRunState.Running, verdict.Desired);
        Assert.Equal("inside daily 01:00-03:00 UTC", verdict.Reason);
    }

    [Fact]
    public void Decide_InlineExpression_EvaluatedInItsZone()
    {
        var verdict = decider.Decide(Tags("costops:schedule=mon-fri 18:00-23:00 America/New_York"), new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(DesiredRunState.Running, verdict.Desired);
        Assert.Equal("mon-fri 18:00-23:00 America/New_York", verdict.ScheduleName);
        Assert.Equal("inside mon-fri 18:00-23:00 America/New_York", verdict.Reason);
    }

    [Fact]
    public void Decide_InlineExpressionWithoutZone_UsesTheDefaultSchedulesZone()
    {
        var verdict = decider.Decide(Tags("costops:schedule=mon 21:30-23:00"), Evening);

        Assert.Equal(DesiredRunState.Running, verdict.Desired);
        Assert.Equal("inside mon 21:30-23:00 Europe/Berlin", verdict.Reason);
    }

    [Fact]
    public void Decide_InlineExpressionWithoutZoneAndNoDefaultZone_Invalid()
    {
        var bare = new ScheduleDecider(ScheduleConfiguration.Empty);

        var verdict = bare.Decide(Tags("costops:schedule=mon 21:30-23:00"), Evening);

        Assert.Equal(DesiredRunState.Invalid, verdict.Desired);
        Assert.Contains("names no time zone", verdict.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("NONE")]
    [InlineData(" None ")]
    public void Decide_None_Unmanaged(string value)
    {
        var verdict = decider.Decide(Tags($"costops:schedule={value}"), Morning);

        Assert.Equal(DesiredRunState.Unmanaged, verdict.Desired);
        Assert.Equal("none", verdict.ScheduleName);
    }

    [Fact]
    public void Decide_NoTagWithDefault_UsesDefaultSchedule()
    {
        var verdict = decider.Decide(Tags("team=payments"), Morning);

        Assert.Equal(DesiredRunState.Running, verdict.Desired);
        Assert.Equal("office-hours", verdict.ScheduleName);
    }

    [Fact]
    public void Decide_NoTagWithoutDefault_Unmanaged()
    {
        var noDefault = new ScheduleDecider(ScheduleConfiguration.FromJson("""{"schedules":{"batch":{"timezone":"UTC","periods":["daily 01:00-03:00"]}}}"""));

        var verdict = noDefault.Decide(Tags("team=payments"), Morning);

        Assert.Equal(DesiredRunState.Unmanaged, verdict.Desired);
        Assert.Equal("no costops:schedule tag and no default schedule", verdict.Reason);
    }

    [Theory]
    [InlineData("mon-fri 08:00-20:00, sat 10:00-12:00", "character ',' at position 20")]
    [InlineData("office-hour", "(it is not a configured schedule either: batch, office-hours)")]
    [InlineData("mon-fri 08:00-20:00 Europe/Berln", "'Europe/Berln' at position 21 is not an IANA time zone name")]
    [InlineData("mon-fri 08:00-20:00 fri 19:00-21:00 UTC", "'mon-fri 08:00-20:00' and 'fri 19:00-21:00' overlap at fri 19:00")]
    public void Decide_UnparseableTag_InvalidQuotingTextAndError(string value, string expected)
    {
        var verdict = decider.Decide(Tags($"costops:schedule={value}"), Morning);

        Assert.Equal(DesiredRunState.Invalid, verdict.Desired);
        Assert.Contains($"'{value}'", verdict.Error, StringComparison.Ordinal);
        Assert.Contains(expected, verdict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_DuplicateKeysWithDifferentValues_Invalid()
    {
        var verdict = decider.Decide(Tags("costops:schedule=batch", "COSTOPS:SCHEDULE=none"), Morning);

        Assert.Equal(DesiredRunState.Invalid, verdict.Desired);
        Assert.Contains("'batch', 'none'", verdict.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keep-running", "2026-11-24T18:00Z", OverrideState.InForce)]
    [InlineData("Keep-Running", "2026-11-24T18:00+01:00", OverrideState.InForce)]
    [InlineData("KEEP-RUNNING", "true", OverrideState.InForceMalformed)]
    [InlineData("keep-running", "", OverrideState.InForceMalformed)]
    [InlineData("keep-running", "2026-11-24T18:00", OverrideState.InForceMalformed)]
    [InlineData("keep-running", "2026-11-24T18:00+18:00", OverrideState.InForceMalformed)]
    [InlineData("keep-running", "2030-01-01T00:10+16:00", OverrideState.InForceMalformed)]
    [InlineData("keep-running", "0001-01-01T00:00+01:00", OverrideState.InForceMalformed)]
    [InlineData("keep-running", "9999-12-31T23:59-01:00", OverrideState.InForceMalformed)]
    [InlineData("keep-running", "0000-01-01T00:00Z", OverrideState.InForceMalformed)]
    public void Decide_OverrideInForce_RunningOutsideHoursWithScheduleReason(string key, string value, OverrideState state)
    {
        var verdict = decider.Decide(Tags("costops:schedule=office-hours", $"{key}={value}"), Evening);

        Assert.Equal(DesiredRunState.Running, verdict.Desired);
        Assert.Equal(state, verdict.Override);
        Assert.Equal("office-hours", verdict.ScheduleName);
        Assert.EndsWith("schedule: outside mon-fri 08:00-20:00 Europe/Berlin", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(state == OverrideState.InForceMalformed, verdict.Error is not null);
    }

    [Fact]
    public void Decide_OverrideWithEnd_ReasonNamesTheEndAndTheSchedule()
    {
        var verdict = decider.Decide(Tags("keep-running=2026-11-24T18:00+01:00"), Evening);

        Assert.Equal("keep-running until 2026-11-24T18:00+01:00; schedule: outside mon-fri 08:00-20:00 Europe/Berlin", verdict.Reason);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.FromHours(1)), verdict.OverrideUntil);
    }

    [Fact]
    public void Decide_ExpiredOverride_ScheduleApplies()
    {
        var verdict = decider.Decide(Tags("keep-running=2026-11-23T20:00Z"), Evening);

        Assert.Equal(DesiredRunState.Stopped, verdict.Desired);
        Assert.Equal(OverrideState.Expired, verdict.Override);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero), verdict.OverrideUntil);
        Assert.Null(verdict.Error);
    }

    [Fact]
    public void Decide_OverrideWithInvalidScheduleTag_RunningAndReportsTheScheduleError()
    {
        var verdict = decider.Decide(Tags("costops:schedule=mon-fri 25:00-26:00", "keep-running=2026-11-30T00:00Z"), Evening);

        Assert.Equal(DesiredRunState.Running, verdict.Desired);
        Assert.Contains("'25:00'", verdict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OverrideOnUnmanagedService_StaysUnmanaged()
    {
        var verdict = decider.Decide(Tags("costops:schedule=none", "keep-running=yes"), Evening);

        Assert.Equal(DesiredRunState.Unmanaged, verdict.Desired);
        Assert.Equal(OverrideState.InForceMalformed, verdict.Override);
    }

    [Fact]
    public void Decide_SkipDateInScheduleZone_StoppedWithSkipReason()
    {
        var verdict = decider.Decide(Tags(), new DateTimeOffset(2026, 12, 25, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(DesiredRunState.Stopped, verdict.Desired);
        Assert.Equal("skip date 2026-12-25", verdict.Reason);
    }
}
