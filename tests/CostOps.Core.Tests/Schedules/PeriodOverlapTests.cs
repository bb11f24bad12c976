using CostOps.Core.Schedules;
using NodaTime;

namespace CostOps.Core.Tests.Schedules;

public class PeriodOverlapTests
{
    [Theory]
    [InlineData("mon-fri 08:00-12:00 12:00-18:00")]
    [InlineData("mon-fri 08:00-20:00 sat+sun 10:00-14:00")]
    [InlineData("daily 22:00-06:00 daily 06:00-22:00")]
    [InlineData("daily 08:00-08:00")]
    [InlineData("sun 20:00-08:00 mon 08:00-12:00")]
    public void Find_AdjacentOrDisjoint_NoOverlap(string text)
    {
        Assert.Empty(PeriodOverlap.Find(ScheduleExpressionParser.ParsePeriods(text)));
    }

    [Theory]
    [InlineData("mon-fri 08:00-20:00 fri 18:00-22:00", "'mon-fri 08:00-20:00' and 'fri 18:00-22:00' overlap at fri 18:00")]
    [InlineData("fri 22:00-06:00 sat 05:00-09:00", "'fri 22:00-06:00' and 'sat 05:00-09:00' overlap at sat 05:00")]
    [InlineData("sun 23:00-01:00 mon 00:30-02:00", "'sun 23:00-01:00' and 'mon 00:30-02:00' overlap at mon 00:30")]
    [InlineData("daily 08:00-08:00 wed 12:00-13:00", "'daily 08:00-08:00' and 'wed 12:00-13:00' overlap at wed 12:00")]
    public void Find_Overlapping_NamesBothPeriodsAndFirstSharedMinute(string text, string expected)
    {
        var periods = ScheduleExpressionParser.ParsePeriods(text);

        var overlap = Assert.Single(PeriodOverlap.Find(periods));

        Assert.Equal(expected, overlap.Describe(periods));
    }

    [Fact]
    public void Find_SundayOvernightIntoMonday_WrapsTheWeek()
    {
        var periods = ScheduleExpressionParser.ParsePeriods("sun 22:00-04:00 mon 03:00-05:00");

        var overlap = Assert.Single(PeriodOverlap.Find(periods));

        Assert.Equal((IsoDayOfWeek.Monday, 180), (overlap.Day, overlap.Minute));
    }
}
