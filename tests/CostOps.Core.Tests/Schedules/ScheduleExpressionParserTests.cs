using CostOps.Core.Schedules;
using NodaTime;

namespace CostOps.Core.Tests.Schedules;

public class ScheduleExpressionParserTests
{
    [Theory]
    [InlineData("mon-fri 08:00-20:00 Europe/Berlin", "mon-fri 08:00-20:00", "Europe/Berlin")]
    [InlineData("MON-FRI 8:00-20:00 europe/berlin", "mon-fri 08:00-20:00", "Europe/Berlin")]
    [InlineData("daily 00:00-24:00 UTC", "daily 00:00-24:00", "UTC")]
    [InlineData("weekdays 09:00-17:30 America/Argentina/Buenos_Aires", "weekdays 09:00-17:30", "America/Argentina/Buenos_Aires")]
    [InlineData("  sat+sun   10:00-14:00  America/New_York ", "sat+sun 10:00-14:00", "America/New_York")]
    public void ParseExpression_ValidSingleGroup_ReadsPeriodAndZone(string text, string period, string zone)
    {
        var parsed = ScheduleExpressionParser.ParseExpression(text);

        Assert.Equal(period, Assert.Single(parsed.Periods).Text);
        Assert.Equal(zone, parsed.Zone!.Id);
    }

    [Fact]
    public void ParseExpression_SeveralGroupsAndRanges_MakesOnePeriodPerRange()
    {
        var parsed = ScheduleExpressionParser.ParseExpression("mon-fri 08:00-12:00 13:00-18:00 sat 09:00-13:00 Europe/Berlin");

        Assert.Equal(["mon-fri 08:00-12:00", "mon-fri 13:00-18:00", "sat 09:00-13:00"], parsed.Periods.Select(p => p.Text));
        Assert.Equal(5 * 60, parsed.Periods[1].DurationMinutes);
    }

    [Fact]
    public void ParseExpression_NoZone_LeavesZoneForConfiguration()
    {
        var parsed = ScheduleExpressionParser.ParseExpression("weekends 10:00-12:00");

        Assert.Null(parsed.Zone);
        Assert.Equal(0, parsed.LeadMinutes);
        Assert.Empty(parsed.SkipDates);
    }

    [Fact]
    public void ParseExpression_OvernightRange_EndsNextDay()
    {
        var period = Assert.Single(ScheduleExpressionParser.ParseExpression("fri 22:00-06:00 UTC").Periods);

        Assert.True(period.IsOvernight);
        Assert.Equal(8 * 60, period.DurationMinutes);
        Assert.Equal(new LocalDateTime(2026, 1, 3, 6, 0), period.EndFor(new LocalDate(2026, 1, 2)));
    }

    [Fact]
    public void ParseExpression_EqualStartAndEnd_IsA24HourOvernightPeriod()
    {
        var period = Assert.Single(ScheduleExpressionParser.ParseExpression("mon 08:00-08:00 UTC").Periods);

        Assert.True(period.IsOvernight);
        Assert.Equal(24 * 60, period.DurationMinutes);
    }

    [Fact]
    public void ParseExpression_OptionsAnywhereAfterAGroup_AreRead()
    {
        var parsed = ScheduleExpressionParser.ParseExpression("lead=15 mon-fri 08:00-20:00 SKIP=2026-12-24+2026-12-25 Europe/Berlin");

        Assert.Equal(15, parsed.LeadMinutes);
        Assert.Equal([new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 25)], parsed.SkipDates.Order());
    }

    [Theory]
    [InlineData("mon", 0b0000001)]
    [InlineData("mon-fri", 0b0011111)]
    [InlineData("sat+sun", 0b1100000)]
    [InlineData("mon+wed-fri", 0b0011101)]
    [InlineData("fri-mon", 0b1110001)]
    [InlineData("daily", 0b1111111)]
    [InlineData("weekdays", 0b0011111)]
    [InlineData("Weekends", 0b1100000)]
    [InlineData("tuesday+THU", 0b0001010)]
    [InlineData("sun-sun", 0b1000000)]
    public void ParseExpression_DaySpecs_SelectDays(string days, int mask)
    {
        var period = Assert.Single(ScheduleExpressionParser.ParseExpression($"{days} 08:00-09:00").Periods);

        Assert.Equal(mask, period.Days.Mask);
    }

    [Theory]
    [InlineData("00:00-24:00", 0, 1440)]
    [InlineData("23:59-00:00", 1439, 0)]
    [InlineData("7:05-9:30", 425, 570)]
    public void ParseExpression_TimeBounds_AreMinutesOfDay(string range, int start, int end)
    {
        var period = Assert.Single(ScheduleExpressionParser.ParseExpression($"daily {range}").Periods);

        Assert.Equal((start, end), (period.StartMinute, period.EndMinute));
    }

    [Fact]
    public void CheckTagCharacters_EveryAllowedCharacter_IsAccepted()
    {
        const string all = "abcXYZ019 +-=._:/@ Zürich";

        Assert.Null(ScheduleExpressionParser.CheckTagCharacters(all));
    }

    [Theory]
    [InlineData("mon-fri 08:00-20:00 Europe/Berlin @ops", "unexpected '@ops' at position 35")]
    [InlineData("mon-fri 08:00-20:00 v1.2", "unexpected 'v1.2' at position 21")]
    [InlineData("mon-fri 08:00-20:00 a_b", "unexpected 'a_b' at position 21")]
    public void ParseExpression_AllowedCharactersWithoutMeaning_FailOnTheTokenNotTheCharacter(string text, string expected)
    {
        var error = Assert.Throws<ScheduleSyntaxException>(() => ScheduleExpressionParser.ParseExpression(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("expected a day spec", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mon-fri 08:00-12:00,13:00-18:00", "character ',' at position 20 is not allowed")]
    [InlineData("mon-fri 08:00-20:00; sat 10:00-12:00", "character ';' at position 20 is not allowed")]
    [InlineData("(mon-fri 08:00-20:00)", "character '(' at position 1 is not allowed")]
    [InlineData("mon-fri 08:00-20:00 tz=Europe/Berlin)", "character ')' at position 37 is not allowed")]
    [InlineData("mon-fri 08:00-20:00 *", "character '*' at position 21 is not allowed")]
    [InlineData("", "has no running period")]
    [InlineData("   ", "has no running period")]
    [InlineData("mon-fry 08:00-20:00", "unknown day 'fry' in 'mon-fry' at position 1: expected mon, tue")]
    [InlineData("mon- 08:00-20:00", "missing day in 'mon-' at position 1")]
    [InlineData("mon++fri 08:00-20:00", "empty day in 'mon++fri' at position 1")]
    [InlineData("mon-wed-fri 08:00-20:00", "'mon-wed-fri' in 'mon-wed-fri' at position 1 is not a day range")]
    [InlineData("daily-fri 08:00-20:00", "unknown day 'daily'")]
    [InlineData("mon-fri", "day spec 'mon-fri' at position 1 has no time range: expected HH:MM-HH:MM")]
    [InlineData("mon-fri Europe/Berlin 08:00-20:00", "day spec 'mon-fri' at position 1 has no time range")]
    [InlineData("08:00-20:00 Europe/Berlin", "time range '08:00-20:00' at position 1 has no day spec right before it")]
    [InlineData("mon 08:00", "'08:00' at position 5 is not a time range: expected HH:MM-HH:MM")]
    [InlineData("mon 0800-2000", "'0800' in '0800-2000' at position 5 is not a time: expected HH:MM")]
    [InlineData("mon 08:0-20:00", "'08:0' in '08:0-20:00' at position 5 is not a time")]
    [InlineData("mon 25:00-26:00", "'25:00' in '25:00-26:00' at position 5 is out of range")]
    [InlineData("mon 08:60-20:00", "'08:60' in '08:60-20:00' at position 5 is out of range")]
    [InlineData("mon 24:00-06:00", "'24:00' in '24:00-06:00' at position 5 is out of range: times go from 00:00 to 23:59 (24:00 only as an end)")]
    [InlineData("mon 08:00-24:30", "'24:30' in '08:00-24:30' at position 5 is out of range")]
    [InlineData("mon 08:00-20:00 Europe/Berln", "'Europe/Berln' at position 17 is not an IANA time zone name")]
    [InlineData("mon 08:00-20:00 berlin", "unexpected 'berlin' at position 17")]
    [InlineData("mon 08:00-20:00 UTC Europe/Berlin", "second time zone 'Europe/Berlin' at position 21")]
    [InlineData("mon 08:00-20:00 skip=2026-02-30", "skip date '2026-02-30' in 'skip=2026-02-30' at position 17 is not a date: expected YYYY-MM-DD")]
    [InlineData("mon 08:00-20:00 skip=2026-12-24+", "skip date '' in 'skip=2026-12-24+'")]
    [InlineData("mon 08:00-20:00 skip=26-12-24", "skip date '26-12-24'")]
    [InlineData("mon 08:00-20:00 skip=2026-12-24 skip=2026-12-25", "second skip option 'skip=2026-12-25' at position 33")]
    [InlineData("mon 08:00-20:00 lead=721", "'lead=721' at position 17 has a bad lead time: expected lead=MINUTES with 0 to 720")]
    [InlineData("mon 08:00-20:00 lead=-5", "'lead=-5' at position 17 has a bad lead time")]
    [InlineData("mon 08:00-20:00 lead=", "'lead=' at position 17 has a bad lead time")]
    [InlineData("mon 08:00-20:00 tz=UTC", "unknown option 'tz' in 'tz=UTC' at position 17: expected skip=YYYY-MM-DD or lead=MINUTES")]
    public void ParseExpression_Invalid_NamesTokenPositionAndExpectation(string text, string expected)
    {
        var error = Assert.Throws<ScheduleSyntaxException>(() => ScheduleExpressionParser.ParseExpression(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseExpression_Exactly256Characters_IsAccepted()
    {
        var text = "mon-fri 08:00-20:00 UTC".PadRight(ScheduleExpressionParser.MaxLength, ' ');

        Assert.Single(ScheduleExpressionParser.ParseExpression(text).Periods);
    }

    [Fact]
    public void ParseExpression_257Characters_IsRejectedWithTheLimit()
    {
        var text = "mon-fri 08:00-20:00 UTC".PadRight(ScheduleExpressionParser.MaxLength + 1, ' ');

        var error = Assert.Throws<ScheduleSyntaxException>(() => ScheduleExpressionParser.ParseExpression(text));

        Assert.Contains("257 characters long: tag values are limited to 256", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mon-fri 08:00-20:00 Europe/Berlin", "the time zone belongs in the timezone field")]
    [InlineData("mon-fri 08:00-20:00 lead=5", "options belong in the skipDates and startLeadMinutes fields")]
    public void ParsePeriods_ZoneOrOption_IsRejected(string text, string hint)
    {
        var error = Assert.Throws<ScheduleSyntaxException>(() => ScheduleExpressionParser.ParsePeriods(text));

        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsePeriods_GroupsOnly_ReturnsPeriods()
    {
        var periods = ScheduleExpressionParser.ParsePeriods("mon-thu 08:00-18:00 fri 08:00-14:00");

        Assert.Equal(["mon-thu 08:00-18:00", "fri 08:00-14:00"], periods.Select(p => p.Text));
    }
}
