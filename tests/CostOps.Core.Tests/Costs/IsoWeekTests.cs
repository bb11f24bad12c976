using CostOps.Core.Costs;
using NodaTime;

namespace CostOps.Core.Tests.Costs;

public class IsoWeekTests
{
    [Theory]
    [InlineData("2026-W47", 2026, 11, 16)]
    [InlineData("2026-W01", 2025, 12, 29)]
    [InlineData("2020-W53", 2020, 12, 28)]
    [InlineData("2027-w01", 2027, 1, 4)]
    public void Parse_ValidWeek_MondayIsCorrect(string text, int y, int m, int d)
    {
        var week = IsoWeek.Parse(text);

        Assert.Equal(new LocalDate(y, m, d), week.Monday);
        Assert.Equal(text.ToUpperInvariant(), week.ToString());
    }

    [Theory]
    [InlineData("2026-47")]
    [InlineData("2026-W5")]
    [InlineData("2026-W54")]
    [InlineData("2025-W53")]
    [InlineData("")]
    [InlineData("W47-2026")]
    public void TryParse_Invalid_FalseWithExample(string text)
    {
        Assert.False(IsoWeek.TryParse(text, out _, out var error));
        Assert.Contains($"\"{text}\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_FirstWeekOfYear_IsLastWeekOfPreviousYear()
    {
        Assert.Equal(new IsoWeek(2020, 53), new IsoWeek(2021, 1).Previous);
    }

    [Fact]
    public void LastFullWeek_MondayMorningInBerlinButSundayInUtc_ZoneDecides()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var now = Instant.FromUtc(2026, 11, 22, 23, 30); // Monday 00:30 in Berlin, still Sunday in UTC

        Assert.Equal(IsoWeek.Parse("2026-W47"), IsoWeek.LastFullWeek(now, berlin));
        Assert.Equal(IsoWeek.Parse("2026-W46"), IsoWeek.LastFullWeek(now, DateTimeZone.Utc));
    }

    [Fact]
    public void LastFullWeek_SundayEveningInNewYork_IsTheWeekBefore()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var now = Instant.FromUtc(2026, 11, 23, 3, 0); // Sunday 22:00 in New York

        Assert.Equal(IsoWeek.Parse("2026-W46"), IsoWeek.LastFullWeek(now, newYork));
    }
}
