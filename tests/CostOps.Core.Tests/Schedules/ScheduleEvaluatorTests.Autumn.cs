using CostOps.Core.Schedules;
using NodaTime;
using static CostOps.Core.Tests.Schedules.TestSchedules;

namespace CostOps.Core.Tests.Schedules;

/// <summary>Autumn fall-back: every period occurrence is one continuous interval, so nothing flaps in the repeated hour.</summary>
public partial class ScheduleEvaluatorTests
{
    private static readonly Duration Step = Duration.FromMinutes(5);

    [Theory]
    [InlineData("2026-11-01T05:15:00Z", true)] // 01:15 EDT
    [InlineData("2026-11-01T05:45:00Z", true)] // 01:45 EDT, past the first 01:30
    [InlineData("2026-11-01T06:15:00Z", true)] // 01:15 EST
    [InlineData("2026-11-01T06:35:00Z", false)] // 01:35 EST, past the second 01:30
    public void IsRunning_NewYorkPeriodEndingInRepeatedHour_RunsUntilTheSecondEnd(string instant, bool running)
    {
        Assert.Equal(running, ScheduleEvaluator.IsRunning(Parse("daily 00:00-01:30 America/New_York"), At(instant)));
    }

    [Fact]
    public void Evaluate_NewYorkPeriodEndingInRepeatedHour_NextChangeIsTheSecondEnd()
    {
        // From 00:10 EDT the next change is 01:30 EST, not 01:30 EDT.
        var schedule = Parse("daily 00:00-01:30 America/New_York");

        Assert.True(ScheduleEvaluator.Evaluate(schedule, At("2026-11-01T04:10:00Z")).Running);
        Assert.Equal("2026-11-01T06:30:00Z", Format(ScheduleEvaluator.NextChange(schedule, At("2026-11-01T04:10:00Z"))));
    }

    [Theory]
    [InlineData("daily 00:00-01:30 America/New_York", "2026-11-01T04:00:00Z", "2026-11-01T06:30:00Z")]
    [InlineData("sat 22:00-01:30 America/New_York", "2026-11-01T02:00:00Z", "2026-11-01T06:30:00Z")]
    [InlineData("sun 00:00-02:30 Europe/Berlin", "2026-10-24T22:00:00Z", "2026-10-25T01:30:00Z")]
    [InlineData("sun 00:00-02:30 Australia/Sydney", "2026-04-04T13:00:00Z", "2026-04-04T16:30:00Z")]
    [InlineData("sat 20:00-23:30 America/Santiago", "2026-04-04T23:00:00Z", "2026-04-05T03:30:00Z")]
    public void Evaluate_PeriodEndingInRepeatedHour_RunsContinuouslyToTheLaterEnd(string expression, string opening, string end)
    {
        var schedule = Parse(expression);

        Assert.False(ScheduleEvaluator.IsRunning(schedule, At(opening) - Duration.FromSeconds(1)));
        var atOpening = ScheduleEvaluator.Evaluate(schedule, At(opening));
        Assert.True(atOpening.Running);
        Assert.Equal(end, Format(ScheduleEvaluator.NextChange(schedule, At(opening))));
        for (var instant = At(opening); instant < At(end); instant += Step)
        {
            Assert.True(ScheduleEvaluator.IsRunning(schedule, instant), $"stopped at {instant}");
        }

        Assert.True(ScheduleEvaluator.IsRunning(schedule, At(end) - Duration.FromSeconds(1)));
        Assert.False(ScheduleEvaluator.IsRunning(schedule, At(end)));
    }

    [Theory]
    [InlineData("sun 01:30-06:00 America/New_York", "2026-11-01T05:30:00Z", "2026-11-01T11:00:00Z")]
    [InlineData("sun 01:15-01:45 America/New_York", "2026-11-01T05:15:00Z", "2026-11-01T06:45:00Z")]
    [InlineData("sun 02:30-05:00 Europe/Berlin", "2026-10-25T00:30:00Z", "2026-10-25T04:00:00Z")]
    [InlineData("sun 02:30-05:00 Australia/Sydney", "2026-04-04T15:30:00Z", "2026-04-04T19:00:00Z")]
    public void Evaluate_PeriodStartingInRepeatedHour_StartsOnceAtTheFirstOccurrence(string expression, string start, string end)
    {
        var schedule = Parse(expression);

        var before = ScheduleEvaluator.Evaluate(schedule, At(start) - Duration.FromMinutes(30));
        Assert.False(before.Running);
        Assert.Equal(start, Format(ScheduleEvaluator.NextChange(schedule, At(start) - Duration.FromMinutes(30))));
        Assert.Equal(end, Format(ScheduleEvaluator.NextChange(schedule, At(start))));
        for (var instant = At(start); instant < At(end); instant += Step)
        {
            Assert.True(ScheduleEvaluator.IsRunning(schedule, instant), $"stopped at {instant}");
        }

        Assert.False(ScheduleEvaluator.IsRunning(schedule, At(end)));
    }

    [Fact]
    public void Evaluate_TwoPeriodsMeetingInRepeatedHour_RunThroughWithoutAStop()
    {
        var schedule = Parse("daily 00:00-01:30 01:30-06:00 America/New_York");

        var opening = ScheduleEvaluator.Evaluate(schedule, At("2026-11-01T04:10:00Z"));
        var afterFirstEnd = ScheduleEvaluator.Evaluate(schedule, At("2026-11-01T06:35:00Z"));

        Assert.Equal((true, "2026-11-01T11:00:00Z"), (opening.Running, Format(ScheduleEvaluator.NextChange(schedule, At("2026-11-01T04:10:00Z")))));
        Assert.Equal("inside daily 01:30-06:00 America/New_York", afterFirstEnd.Reason);
    }

    [Theory]
    [InlineData("2026-11-01T04:29:00Z", false, "outside sun 01:30-03:00 America/New_York")]
    [InlineData("2026-11-01T04:30:00Z", true, "starting 60 min early for 01:30")]
    [InlineData("2026-11-01T05:30:00Z", true, "inside sun 01:30-03:00 America/New_York")]
    [InlineData("2026-11-01T06:30:00Z", true, "inside sun 01:30-03:00 America/New_York")]
    [InlineData("2026-11-01T08:00:00Z", false, "outside sun 01:30-03:00 America/New_York")]
    public void Evaluate_LeadBeforeStartInRepeatedHour_CountsRealMinutesBeforeTheFirstOccurrence(string instant, bool running, string reason)
    {
        var evaluation = ScheduleEvaluator.Evaluate(Parse("sun 01:30-03:00 America/New_York lead=60"), At(instant));

        Assert.Equal((running, reason), (evaluation.Running, evaluation.Reason));
    }

    [Fact]
    public void Evaluate_SkipDateOnFallBackDay_DoesNotRunInEitherOccurrence()
    {
        var schedule = Parse("daily 00:00-01:30 America/New_York skip=2026-11-01");

        var first = ScheduleEvaluator.Evaluate(schedule, At("2026-11-01T05:15:00Z"));
        var second = ScheduleEvaluator.Evaluate(schedule, At("2026-11-01T06:15:00Z"));

        Assert.Equal((false, "skip date 2026-11-01"), (first.Running, first.Reason));
        Assert.Equal((false, "skip date 2026-11-01"), (second.Running, second.Reason));
        Assert.Equal("2026-11-02T05:00:00Z", Format(ScheduleEvaluator.NextChange(schedule, At("2026-11-01T06:15:00Z"))));
    }
}
