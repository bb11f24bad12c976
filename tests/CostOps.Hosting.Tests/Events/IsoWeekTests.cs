using CostOps.Hosting.Events;

namespace CostOps.Hosting.Tests.Events;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-W47", 2026, 47, "2026-11-16")]
    [InlineData("2026-W53", 2026, 53, "2026-12-28")]
    [InlineData("2021-W01", 2021, 1, "2021-01-04")]
    public void TryParse_ValidWeek_ReturnsYearWeekAndMonday(string text, int year, int week, string monday)
    {
        Assert.True(IsoWeek.TryParse(text, out var parsed));

        Assert.Equal(year, parsed!.Value.Year);
        Assert.Equal(week, parsed.Value.Week);
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), parsed.Value.FirstDay);
        Assert.Equal(text, parsed.Value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-W7")]
    [InlineData("2026W47x")]
    [InlineData("2026-w47")]
    [InlineData("+026-W47")]
    public void TryParse_Invalid_ReturnsFalse(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out var parsed));
        Assert.Null(parsed);
    }
}
