using CostOps.Core.Schedules;
using static CostOps.Core.Tests.Schedules.TestSchedules;

namespace CostOps.Core.Tests.Schedules;

public partial class ScheduleEvaluatorTests
{
    [Theory]
    [InlineData("2026-11-23T06:59:59Z", false)]
    [InlineData("2026-11-23T07:00:00Z", true)]
    [InlineData("2026-11-23T18:59:59Z", true)]
    [InlineData("2026-11-23T19:00:00Z", false)]
    [InlineData("2026-11-22T12:00:00Z", false)]
    public void IsRunning_BerlinOfficeHoursInWinter_UsesLocalTime(string instant, bool running)
    {
        Assert.Equal(running, ScheduleEvaluator.IsRunning(Parse("mon-fri 08:00-20:00 Europe/Berlin"), At(instant)));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-27T07:00:00Z", "2026-03-30T06:00:00Z")]
    [InlineData("America/New_York", "2026-03-06T13:00:00Z", "2026-03-09T12:00:00Z")]
    [InlineData("America/Los_Angeles", "2026-10-30T15:00:00Z", "2026-11-02T16:00:00Z")]
    [InlineData("Australia/Sydney", "2026-04-02T21:00:00Z", "2026-04-05T22:00:00Z")]
    public void IsRunning_OpeningAcrossDstChange_FollowsWallClock(string zone, string openingBefore, string openingAfter)
    {
        var schedule = Parse($"mon-fri 08:00-20:00 {zone}");

        foreach (var opening in new[] { At(openingBefore), At(openingAfter) })
        {
            Assert.False(ScheduleEvaluator.IsRunning(schedule, opening - NodaTime.Duration.FromMinutes(1)));
            Assert.True(ScheduleEvaluator.IsRunning(schedule, opening));
        }
    }

    [Theory]
    [InlineData("sun 02:30-05:00 Europe/Berlin", "2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z")]
    [InlineData("sun 02:30-05:00 America/New_York", "2026-03-08T06:59:00Z", "2026-03-08T07:00:00Z")]
    [InlineData("sun 02:00-04:00 America/Los_Angeles", "2026-03-08T09:59:00Z", "2026-03-08T10:00:00Z")]
    [InlineData("sun 02:15-04:00 Australia/Sydney", "2026-10-03T15:59:00Z", "2026-10-03T16:00:00Z")]
    public void Evaluate_PeriodStartingInSpringForwardGap_StartsAtFirstInstantAfterIt(string expression, string before, string start)
    {
        var schedule = Parse(expression);

        Assert.False(ScheduleEvaluator.IsRunning(schedule, At(before)));
        Assert.True(ScheduleEvaluator.IsRunning(schedule, At(start)));
        Assert.Equal(start, Format(ScheduleEvaluator.NextChange(schedule, At(before))));
    }

    [Fact]
    public void Evaluate_PeriodEndingInSpringForwardGap_EndsAtTheTransition()
    {
        var schedule = Parse("sun 01:00-02:30 Europe/Berlin");

        Assert.True(ScheduleEvaluator.IsRunning(schedule, At("2026-03-29T00:59:00Z")));
        Assert.False(ScheduleEvaluator.IsRunning(schedule, At("2026-03-29T01:00:00Z")));
        Assert.Equal("2026-03-29T01:00:00Z", Format(ScheduleEvaluator.NextChange(schedule, At("2026-03-29T00:30:00Z"))));
    }

    [Fact]
    public void Evaluate_PeriodEntirelyInsideGap_DoesNotRunThatDay()
    {
        var schedule = Parse("sun 02:00-03:00 America/Los_Angeles");

        Assert.False(ScheduleEvaluator.IsRunning(schedule, At("2026-03-08T09:59:00Z")));
        Assert.False(ScheduleEvaluator.IsRunning(schedule, At("2026-03-08T10:00:00Z")));
        Assert.Equal("2026-03-15T09:00:00Z", Format(ScheduleEvaluator.NextChange(schedule, At("2026-03-08T09:00:00Z"))));
    }

    [Fact]
    public void Evaluate_PeriodEntirelyInsideGapWithLead_HasNoLeadTimeEither()
    {
        var schedule = Parse("sun 02:00-03:00 America/Los_Angeles lead=30");
        var evaluation = ScheduleEvaluator.Evaluate(schedule, At("2026-03-08T09:45:00Z"));

        Assert.Equal((false, "2026-03-15T08:30:00Z"), (evaluation.Running, Format(ScheduleEvaluator.NextChange(schedule, At("2026-03-08T09:45:00Z")))));
    }

    [Theory]
    [InlineData("sat 22:00-06:00 Europe/Berlin", "2026-03-28T21:00:00Z", "2026-03-29T04:00:00Z")]
    [InlineData("sat 22:00-06:00 America/Los_Angeles", "2026-11-01T05:00:00Z", "2026-11-01T14:00:00Z")]
    [InlineData("sat 22:00-06:00 Australia/Sydney", "2026-04-04T11:00:00Z", "2026-04-04T20:00:00Z")]
    [InlineData("sat 22:00-06:00 America/New_York", "2026-03-08T03:00:00Z", "2026-03-08T10:00:00Z")]
    public void Evaluate_OvernightPeriodAcrossDstChange_EndsAtLocalEnd(string expression, string start, string end)
    {
        var schedule = Parse(expression);

        Assert.False(ScheduleEvaluator.IsRunning(schedule, At(start) - NodaTime.Duration.FromSeconds(1)));
        var atStart = ScheduleEvaluator.Evaluate(schedule, At(start));
        Assert.True(atStart.Running);
        Assert.Equal(end, Format(ScheduleEvaluator.NextChange(schedule, At(start))));
        Assert.True(ScheduleEvaluator.IsRunning(schedule, At(end) - NodaTime.Duration.FromSeconds(1)));
        Assert.False(ScheduleEvaluator.IsRunning(schedule, At(end)));
    }

    [Theory]
    [InlineData("2026-05-31T21:59:00Z", false)] // Sunday UTC, Sunday 07:59 local
    [InlineData("2026-05-31T22:00:00Z", true)] // Sunday UTC, Monday 08:00 local
    [InlineData("2026-06-05T07:59:00Z", true)] // Friday 17:59 local
    [InlineData("2026-06-05T21:00:00Z", false)] // Friday UTC, Saturday 07:00 local
    [InlineData("2026-06-05T22:30:00Z", false)] // Friday UTC, Saturday 08:30 local
    public void IsRunning_SydneyWeekdayDiffersFromUtc_UsesLocalWeekday(string instant, bool running)
    {
        Assert.Equal(running, ScheduleEvaluator.IsRunning(Parse("mon-fri 08:00-18:00 Australia/Sydney"), At(instant)));
    }

    [Theory]
    [InlineData("daily 08:00-20:00 America/Los_Angeles skip=2026-12-25", "2026-12-26T02:00:00Z", false, "skip date 2026-12-25")]
    [InlineData("daily 08:00-20:00 America/Los_Angeles skip=2026-12-25", "2026-12-25T17:00:00Z", false, "skip date 2026-12-25")]
    [InlineData("daily 08:00-20:00 America/Los_Angeles skip=2026-12-25", "2026-12-26T17:00:00Z", true, "inside daily 08:00-20:00 America/Los_Angeles")]
    [InlineData("daily 08:00-20:00 Australia/Sydney skip=2026-12-25", "2026-12-24T22:00:00Z", false, "skip date 2026-12-25")]
    [InlineData("daily 08:00-20:00 Australia/Sydney skip=2026-12-25", "2026-12-25T22:00:00Z", true, "inside daily 08:00-20:00 Australia/Sydney")]
    [InlineData("daily 22:00-06:00 Europe/Berlin skip=2026-12-25", "2026-12-25T03:00:00Z", true, "inside daily 22:00-06:00 Europe/Berlin")]
    [InlineData("daily 22:00-06:00 Europe/Berlin skip=2026-12-25", "2026-12-26T03:00:00Z", false, "skip date 2026-12-25")]
    public void Evaluate_SkipDate_IsAStartDateInTheScheduleZone(string expression, string instant, bool running, string reason)
    {
        var evaluation = ScheduleEvaluator.Evaluate(Parse(expression), At(instant));

        Assert.Equal((running, reason), (evaluation.Running, evaluation.Reason));
    }

    [Theory]
    [InlineData("2026-11-23T06:49:59Z", false, "outside mon-fri 08:00-20:00 Europe/Berlin")]
    [InlineData("2026-11-23T06:50:00Z", true, "starting 10 min early for 08:00")]
    [InlineData("2026-11-23T07:00:00Z", true, "inside mon-fri 08:00-20:00 Europe/Berlin")]
    [InlineData("2026-11-23T19:00:00Z", false, "outside mon-fri 08:00-20:00 Europe/Berlin")]
    [InlineData("2026-12-25T06:55:00Z", false, "outside mon-fri 08:00-20:00 Europe/Berlin")]
    public void Evaluate_LeadTime_StartsEarly(string instant, bool running, string reason)
    {
        var schedule = Parse("mon-fri 08:00-20:00 Europe/Berlin lead=10 skip=2026-12-25");

        var evaluation = ScheduleEvaluator.Evaluate(schedule, At(instant));

        Assert.Equal((running, reason), (evaluation.Running, evaluation.Reason));
    }

    [Fact]
    public void Evaluate_LeadBeforeMidnight_CountsTheNextDayPeriod()
    {
        var schedule = Parse("tue 00:05-02:00 UTC lead=10");

        Assert.True(ScheduleEvaluator.IsRunning(schedule, At("2026-11-23T23:55:00Z")));
        Assert.False(ScheduleEvaluator.IsRunning(schedule, At("2026-11-23T23:54:00Z")));
        Assert.Equal("2026-11-23T23:55:00Z", Format(ScheduleEvaluator.NextChange(schedule, At("2026-11-23T12:00:00Z"))));
    }

    [Fact]
    public void Evaluate_LeadAcrossSpringForward_CountsRealMinutes()
    {
        // Start 03:30 CEST = 01:30Z; 60 min earlier is 00:30Z = 01:30 CET.
        var schedule = Parse("sun 03:30-05:00 Europe/Berlin lead=60");

        Assert.False(ScheduleEvaluator.IsRunning(schedule, At("2026-03-29T00:29:00Z")));
        Assert.True(ScheduleEvaluator.IsRunning(schedule, At("2026-03-29T00:30:00Z")));
    }

    [Theory]
    [InlineData("2026-11-23T12:00:00Z", "2026-11-23T19:00:00Z")]
    [InlineData("2026-11-23T19:00:00Z", "2026-11-24T07:00:00Z")]
    [InlineData("2026-11-27T20:00:00Z", "2026-11-30T07:00:00Z")]
    public void NextChange_IsTheNextOpeningOrClosing(string now, string next)
    {
        var schedule = Parse("mon-fri 08:00-20:00 Europe/Berlin");

        Assert.Equal(next, Format(ScheduleEvaluator.NextChange(schedule, At(now))));
    }

    [Theory]
    [InlineData("daily 00:00-00:00 UTC")]
    [InlineData("daily 00:00-24:00 Europe/Berlin")]
    [InlineData("mon 08:00-20:00 UTC skip=2026-11-23+2026-11-30")]
    public void NextChange_NoChangeWithinEightDays_IsNull(string expression)
    {
        Assert.Null(ScheduleEvaluator.NextChange(Parse(expression), At("2026-11-22T12:00:00Z")));
    }
}
